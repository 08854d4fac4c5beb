package org.johnschool.curriculum.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.johnschool.curriculum.domain.AgendaItem;
import org.johnschool.curriculum.domain.AgendaKind;
import org.johnschool.curriculum.domain.CurriculumComparison;
import org.johnschool.curriculum.domain.CurriculumContent.OutlinePoint;
import org.johnschool.curriculum.domain.CurriculumModule;
import org.johnschool.curriculum.domain.CurriculumVersion;
import org.johnschool.curriculum.domain.CurriculumVersions;
import org.johnschool.curriculum.domain.ModuleText;
import org.johnschool.curriculum.domain.PresenterRole;
import org.johnschool.curriculum.domain.Question;
import org.johnschool.curriculum.domain.QuestionKind;
import org.johnschool.curriculum.domain.QuestionText;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;

/** Reads a program's curriculum versions for the pages: the course in a language, the list of versions, and a comparison. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.FACILITATOR_NAME, Role.EVALUATOR_NAME})
public class CurriculumCatalog {

  @Inject CurriculumVersions versions;

  public record VersionSummary(int number, Instant loadedAt, String loadedBy, String source, int totalMinutes, int modules, int questions) implements java.io.Serializable {}

  public record VersionView(int number, String title, String language, List<String> languages, int totalMinutes, Instant loadedAt,
      List<AgendaLine> agenda, List<ModuleView> modules, List<QuestionView> questions) implements java.io.Serializable {}

  /** A line of the day, with its start and end as minutes from the start of the class. */
  public record AgendaLine(AgendaKind kind, String moduleKey, String title, int startMinute, int minutes) implements java.io.Serializable {
    public int endMinute() {
      return startMinute + minutes;
    }
  }

  public record ModuleView(String key, int minutes, boolean required, PresenterRole presenter, String title, List<String> objectives,
      List<OutlinePoint> outline, List<String> sources, String fileName) implements java.io.Serializable {}

  public record QuestionView(String key, String moduleKey, QuestionKind kind, String prompt, List<String> options, String answer,
      boolean reverseScored) implements java.io.Serializable {}

  public List<VersionSummary> versions(StaffScope scope) {
    return versions.all(scope.programId()).stream()
        .map(v -> new VersionSummary(v.getNumber(), v.getCreatedAt(), v.getLoadedBy(), v.getSource(), v.getTotalMinutes(),
            v.getModules().size(), v.getQuestions().size()))
        .toList();
  }

  /** A version (the latest when {@code number} is null) in a language; empty when the program has none. */
  public Optional<VersionView> version(StaffScope scope, Integer number, String language) {
    Optional<CurriculumVersion> found = number == null ? versions.latest(scope.programId()) : versions.find(scope.programId(), number);
    return found.map(v -> view(v, v.getLanguages().contains(language) ? language : v.getLanguages().get(0)));
  }

  /**
   * The version a new class session is taught with: the given number, or the latest. Refused with a clear
   * message when the program has no curriculum yet.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
  public CurriculumVersion versionForTeaching(StaffScope scope, Integer number) {
    Optional<CurriculumVersion> found = number == null ? versions.latest(scope.programId()) : versions.find(scope.programId(), number);
    return found.orElseThrow(() -> new org.johnschool.platform.InvalidInputException("curriculumVersion", number == null
        ? "The program has no curriculum yet: an admin loads it on the Curriculum page."
        : "There is no curriculum version " + number + "."));
  }

  /** Module titles of a version in a language, by module id (agenda lines of sessions). */
  public java.util.Map<String, String> moduleTitles(CurriculumVersion version, String language) {
    java.util.Map<String, String> titles = new java.util.HashMap<>();
    for (CurriculumModule m : version.getModules()) {
      titles.put(m.getKey(), m.text(language).or(() -> m.text(version.getLanguages().get(0))).map(ModuleText::getTitle).orElse(m.getKey()));
    }
    return titles;
  }

  public CurriculumComparison compare(StaffScope scope, int from, int to, String language) {
    return CurriculumComparison.between(versions.get(scope.programId(), from), versions.get(scope.programId(), to), language);
  }

  private static VersionView view(CurriculumVersion v, String language) {
    List<ModuleView> modules = new ArrayList<>();
    for (CurriculumModule m : v.getModules()) {
      ModuleText t = m.text(language).orElseThrow();
      modules.add(new ModuleView(m.getKey(), m.getMinutes(), m.isRequired(), m.getPresenter(), t.getTitle(), t.getObjectives(),
          t.getOutline(), t.getSources(), t.getFileName()));
    }
    List<AgendaLine> agenda = new ArrayList<>();
    int start = 0;
    for (AgendaItem i : v.getAgenda()) {
      String title = i.getKind() == AgendaKind.MODULE
          ? modules.stream().filter(m -> m.key().equals(i.getModuleKey())).map(ModuleView::title).findFirst().orElse(i.getModuleKey())
          : null;
      agenda.add(new AgendaLine(i.getKind(), i.getModuleKey(), title, start, i.getMinutes()));
      start += i.getMinutes();
    }
    List<QuestionView> questions = new ArrayList<>();
    for (Question q : v.getQuestions()) {
      QuestionText t = q.text(language).orElseThrow();
      questions.add(new QuestionView(q.getKey(), q.getModuleKey(), q.getKind(), t.getPrompt(), t.getOptions(), q.getAnswer(),
          q.isReverseScored()));
    }
    return new VersionView(v.getNumber(), v.title(language), language, v.getLanguages(), v.getTotalMinutes(), v.getCreatedAt(), agenda,
        modules, questions);
  }
}
