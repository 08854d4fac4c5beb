package org.johnschool.curriculum.domain;

import java.util.List;
import java.util.Map;

/**
 * A curriculum folder as read and checked by {@link CurriculumReader}: what a new {@link CurriculumVersion}
 * is made of. Texts are keyed by language code (en, es).
 */
public record CurriculumContent(
    String contentHash,
    List<String> languages,
    Map<String, String> titles,
    List<ModuleContent> modules,
    List<AgendaEntry> agenda,
    List<QuestionContent> questions) {

  /** A module: language-neutral facts and its wording in each language. */
  public record ModuleContent(String key, int minutes, boolean required, PresenterRole presenter, Map<String, ModuleWording> wording) {}

  /** What a facilitator reads in one language. */
  public record ModuleWording(String file, String title, List<String> objectives, List<OutlinePoint> outline, List<String> sources) {}

  /** A point of a module's outline with its details. */
  public record OutlinePoint(String text, List<String> details) implements java.io.Serializable {}

  /** A line of the day's order; {@code moduleKey} only for modules. */
  public record AgendaEntry(AgendaKind kind, String moduleKey, int minutes) {}

  /** A pre/post test item tied to a module; {@code answer} (a letter) only for knowledge items. */
  public record QuestionContent(String key, String moduleKey, QuestionKind kind, String answer, boolean reverseScored,
      Map<String, QuestionWording> wording) {}

  /** An item's prompt and, for knowledge items, its options in order (a, b, c, ...). */
  public record QuestionWording(String prompt, List<String> options) {}

  public int totalMinutes() {
    return agenda.stream().mapToInt(AgendaEntry::minutes).sum();
  }
}
