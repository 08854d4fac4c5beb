package org.johnschool.curriculum.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed from one curriculum version to another, in one language: modules added, removed or changed
 * (minutes, required, presenter, and the text line by line), the day's order, and the question bank.
 */
public record CurriculumComparison(
    int fromNumber,
    int toNumber,
    List<ModuleChange> modules,
    List<String> fromOrder,
    List<String> toOrder,
    int fromMinutes,
    int toMinutes,
    List<String> questionsAdded,
    List<String> questionsRemoved,
    List<String> questionsChanged) {

  public enum Change {
    ADDED,
    REMOVED,
    CHANGED
  }

  /** A fact of a module that differs, named as in the module file header (minutes, required, presenter). */
  public record FactChange(String fact, String from, String to) {}

  public record ModuleChange(String key, String title, Change change, List<FactChange> facts, List<LineDiff.Line> text) {}

  public boolean orderChanged() {
    return !fromOrder.equals(toOrder);
  }

  public boolean identical() {
    return modules.isEmpty() && !orderChanged() && fromMinutes == toMinutes && questionsAdded.isEmpty()
        && questionsRemoved.isEmpty() && questionsChanged.isEmpty();
  }

  public static CurriculumComparison between(CurriculumVersion from, CurriculumVersion to, String language) {
    Map<String, CurriculumModule> a = byKey(from.getModules(), CurriculumModule::getKey);
    Map<String, CurriculumModule> b = byKey(to.getModules(), CurriculumModule::getKey);
    Set<String> keys = new LinkedHashSet<>(b.keySet());
    keys.addAll(a.keySet());
    List<ModuleChange> changes = new ArrayList<>();
    for (String key : keys) {
      CurriculumModule older = a.get(key);
      CurriculumModule newer = b.get(key);
      List<String> oldLines = older == null ? List.of() : lines(older, language);
      List<String> newLines = newer == null ? List.of() : lines(newer, language);
      List<LineDiff.Line> diff = LineDiff.between(oldLines, newLines);
      if (older == null) {
        changes.add(new ModuleChange(key, title(newer, language), Change.ADDED, List.of(), diff));
      } else if (newer == null) {
        changes.add(new ModuleChange(key, title(older, language), Change.REMOVED, List.of(), diff));
      } else {
        List<FactChange> facts = new ArrayList<>();
        fact(facts, "minutes", older.getMinutes(), newer.getMinutes());
        fact(facts, "required", older.isRequired(), newer.isRequired());
        fact(facts, "presenter", older.getPresenter().fileName(), newer.getPresenter().fileName());
        if (!facts.isEmpty() || LineDiff.changed(diff)) {
          changes.add(new ModuleChange(key, title(newer, language), Change.CHANGED, facts, diff));
        }
      }
    }
    Map<String, Question> qa = byKey(from.getQuestions(), Question::getKey);
    Map<String, Question> qb = byKey(to.getQuestions(), Question::getKey);
    List<String> added = qb.keySet().stream().filter(k -> !qa.containsKey(k)).toList();
    List<String> removed = qa.keySet().stream().filter(k -> !qb.containsKey(k)).toList();
    Set<String> languages = new LinkedHashSet<>(from.getLanguages());
    languages.addAll(to.getLanguages());
    List<String> changed = qb.keySet().stream().filter(qa::containsKey).filter(k -> !sameQuestion(qa.get(k), qb.get(k), languages)).toList();
    return new CurriculumComparison(from.getNumber(), to.getNumber(), changes, order(from), order(to), from.getTotalMinutes(),
        to.getTotalMinutes(), added, removed, changed);
  }

  private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
    return items.stream().collect(Collectors.toMap(key, Function.identity(), (x, y) -> x, LinkedHashMap::new));
  }

  private static List<String> lines(CurriculumModule m, String language) {
    return m.text(language).map(ModuleText::lines).orElse(List.of());
  }

  private static String title(CurriculumModule m, String language) {
    return m.text(language).map(ModuleText::getTitle).orElse(m.getKey());
  }

  private static void fact(List<FactChange> facts, String name, Object from, Object to) {
    if (!Objects.equals(from, to)) {
      facts.add(new FactChange(name, String.valueOf(from), String.valueOf(to)));
    }
  }

  private static List<String> order(CurriculumVersion v) {
    return v.getAgenda().stream()
        .map(i -> i.getKind() == AgendaKind.MODULE ? i.getModuleKey() : i.getKind().name().toLowerCase() + " " + i.getMinutes())
        .toList();
  }

  private static boolean sameQuestion(Question x, Question y, Set<String> languages) {
    if (!x.getModuleKey().equals(y.getModuleKey()) || x.getKind() != y.getKind() || !Objects.equals(x.getAnswer(), y.getAnswer())
        || x.isReverseScored() != y.isReverseScored()) {
      return false;
    }
    for (String language : languages) {
      var tx = x.text(language);
      var ty = y.text(language);
      if (tx.isPresent() != ty.isPresent()
          || tx.isPresent() && (!tx.get().getPrompt().equals(ty.get().getPrompt()) || !tx.get().getOptions().equals(ty.get().getOptions()))) {
        return false;
      }
    }
    return true;
  }
}
