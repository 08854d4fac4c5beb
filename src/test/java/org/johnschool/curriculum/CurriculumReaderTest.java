package org.johnschool.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.johnschool.curriculum.domain.AgendaKind;
import org.johnschool.curriculum.domain.CurriculumContent;
import org.johnschool.curriculum.domain.CurriculumContent.ModuleContent;
import org.johnschool.curriculum.domain.CurriculumProblem;
import org.johnschool.curriculum.domain.CurriculumReader;
import org.johnschool.curriculum.domain.CurriculumRejectedException;
import org.johnschool.curriculum.domain.PresenterRole;
import org.johnschool.curriculum.domain.QuestionKind;
import org.johnschool.curriculum.infrastructure.CurriculumFolder;
import org.junit.jupiter.api.Test;

/** The curriculum folder is read whole or refused whole, with the file, line and problem of every fault. */
class CurriculumReaderTest {

  private static SortedMap<String, byte[]> shipped() {
    return CurriculumFolder.fromDirectory(Path.of("curriculum"));
  }

  private static String text(SortedMap<String, byte[]> files, String path) {
    return new String(files.get(path), StandardCharsets.UTF_8);
  }

  private static void put(SortedMap<String, byte[]> files, String path, String text) {
    files.put(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<CurriculumProblem> problems(SortedMap<String, byte[]> files) {
    return assertThrows(CurriculumRejectedException.class, () -> CurriculumReader.read(files)).problems();
  }

  private static CurriculumProblem only(List<CurriculumProblem> problems) {
    assertEquals(1, problems.size(), problems.toString());
    return problems.get(0);
  }

  @Test
  void the_shipped_course_is_a_full_day_of_fourteen_modules_in_english_and_spanish() {
    CurriculumContent c = CurriculumReader.read(shipped());

    assertEquals(List.of("en", "es"), c.languages());
    assertEquals(14, c.modules().size());
    assertTrue(c.totalMinutes() >= 450 && c.totalMinutes() <= 510, "about eight hours: " + c.totalMinutes());
    assertEquals("check-in", c.modules().get(0).key());
    assertEquals("aftercare-and-closing", c.modules().get(13).key());
    ModuleContent law = c.modules().stream().filter(m -> m.key().equals("law-and-your-case")).findFirst().orElseThrow();
    assertEquals(PresenterRole.PROSECUTOR, law.presenter());
    assertEquals("La ley y su caso", law.wording().get("es").title());
    for (ModuleContent m : c.modules()) {
      for (String language : c.languages()) {
        var w = m.wording().get(language);
        assertFalse(w.objectives().isEmpty(), m.key() + " " + language);
        assertFalse(w.outline().isEmpty(), m.key() + " " + language);
        assertFalse(w.sources().isEmpty(), m.key() + " " + language);
      }
    }
    assertTrue(c.agenda().stream().anyMatch(a -> a.kind() == AgendaKind.LUNCH));
    assertTrue(c.questions().stream().filter(q -> q.kind() == QuestionKind.KNOWLEDGE).allMatch(q -> q.answer() != null));
    assertTrue(c.questions().stream().anyMatch(q -> q.kind() == QuestionKind.ATTITUDE && q.reverseScored()));
    assertEquals(c.questions().size(), c.questions().stream().filter(q -> q.wording().containsKey("es")).count());
    assertEquals(64, c.contentHash().length());
  }

  @Test
  void outline_details_belong_to_their_numbered_point() {
    CurriculumContent c = CurriculumReader.read(shipped());
    var outline = c.modules().get(0).wording().get("en").outline();
    assertEquals("Arrival and identification", outline.get(0).text());
    assertEquals(2, outline.get(0).details().size());
  }

  @Test
  void a_file_without_its_header_is_refused_with_its_name_and_line() {
    var files = shipped();
    put(files, "modules/risks-to-buyers.en.md", text(files, "modules/risks-to-buyers.en.md").replaceFirst("---\n", ""));

    CurriculumProblem p = problems(files).get(0);
    assertEquals("modules/risks-to-buyers.en.md", p.file());
    assertEquals(1, p.line());
    assertTrue(p.problem().contains("header"), p.problem());
  }

  @Test
  void an_unknown_presenter_and_bad_minutes_are_named_with_their_lines() {
    var files = shipped();
    put(files, "modules/risks-to-buyers.en.md", text(files, "modules/risks-to-buyers.en.md")
        .replace("presenter: police-officer", "presenter: magician").replace("minutes: 20", "minutes: twenty"));

    List<CurriculumProblem> problems = problems(files);
    assertTrue(problems.stream().anyMatch(p -> p.line() == 4 && p.problem().contains("'twenty'")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.line() == 6 && p.problem().contains("magician")), problems.toString());
    // On a Spanish page the same problems read in Spanish.
    java.util.Locale es = java.util.Locale.forLanguageTag("es");
    assertTrue(problems.stream().anyMatch(p -> p.line() == 4 && p.problem(es).equals("«twenty» no es un número de minutos de 5 a 240.")),
        problems.stream().map(p -> p.problem(es)).toList().toString());
  }

  @Test
  void a_module_without_its_spanish_version_is_refused() {
    var files = shipped();
    files.remove("modules/online-buying.es.md");

    CurriculumProblem p = only(problems(files));
    assertEquals("modules/online-buying.es.md", p.file());
    assertTrue(p.problem().startsWith("Missing"), p.problem());
  }

  @Test
  void languages_of_a_module_must_agree_on_its_length() {
    var files = shipped();
    put(files, "modules/online-buying.es.md", text(files, "modules/online-buying.es.md").replace("minutes: 20", "minutes: 25"));

    CurriculumProblem p = only(problems(files));
    assertEquals("modules/online-buying.es.md", p.file());
    assertTrue(p.problem().contains("same as in modules/online-buying.en.md"), p.problem());
  }

  @Test
  void the_course_may_not_name_a_module_that_has_no_file() {
    var files = shipped();
    put(files, "course.md", text(files, "course.md").replace("- module: online-buying", "- module: online-buying\n- module: yoga"));

    CurriculumProblem p = only(problems(files));
    assertEquals("course.md", p.file());
    assertTrue(p.line() > 0);
    assertTrue(p.problem().contains("yoga"), p.problem());
  }

  @Test
  void a_module_left_out_of_the_day_is_refused() {
    var files = shipped();
    put(files, "course.md", text(files, "course.md").replace("- module: anger-and-conflict\n", ""));

    CurriculumProblem p = only(problems(files));
    assertEquals("modules/anger-and-conflict.en.md", p.file());
  }

  @Test
  void a_module_needs_its_sources() {
    var files = shipped();
    String law = text(files, "modules/law-and-your-case.en.md");
    put(files, "modules/law-and-your-case.en.md", law.substring(0, law.indexOf("## Sources")));

    CurriculumProblem p = only(problems(files));
    assertTrue(p.problem().contains("sources"), p.problem());
  }

  @Test
  void an_answer_key_must_be_one_of_the_options() {
    var files = shipped();
    put(files, "questions/en.md", text(files, "questions/en.md").replaceFirst("- answer: b", "- answer: f"));

    List<CurriculumProblem> problems = problems(files);
    assertTrue(problems.stream().anyMatch(p -> p.file().equals("questions/en.md") && p.line() > 0 && p.problem().contains("'f'")),
        problems.toString());
  }

  @Test
  void a_question_missing_in_one_language_is_refused() {
    var files = shipped();
    String es = text(files, "questions/es.md");
    put(files, "questions/es.md", es.substring(0, es.indexOf("## attitude-repeat")));

    CurriculumProblem p = only(problems(files));
    assertEquals("questions/es.md", p.file());
    assertTrue(p.problem().contains("attitude-repeat"), p.problem());
  }

  @Test
  void a_file_that_is_not_utf8_is_refused() {
    var files = shipped();
    files.put("modules/decision-making.es.md", text(files, "modules/decision-making.es.md").getBytes(StandardCharsets.ISO_8859_1));

    List<CurriculumProblem> problems = problems(files);
    assertTrue(problems.stream().anyMatch(p -> p.file().equals("modules/decision-making.es.md") && p.problem().contains("UTF-8")),
        problems.toString());
  }

  @Test
  void an_unexpected_file_is_refused_but_readme_files_are_ignored() {
    var files = shipped();
    put(files, "modules/notes.txt", "draft");

    CurriculumProblem p = only(problems(files));
    assertEquals("modules/notes.txt", p.file());

    var withReadme = shipped();
    put(withReadme, "modules/README.md", "notes for authors");
    assertEquals(CurriculumReader.read(shipped()).contentHash(), CurriculumReader.read(withReadme).contentHash());
  }

  @Test
  void every_problem_of_the_folder_is_reported_at_once() {
    var files = shipped();
    files.remove("modules/online-buying.es.md");
    put(files, "modules/notes.txt", "draft");
    put(files, "questions/en.md", text(files, "questions/en.md").replaceFirst("- kind: knowledge", "- kind: trivia"));

    assertEquals(3, problems(files).size());
  }

  @Test
  void the_same_files_give_the_same_hash_and_any_change_another() {
    String original = CurriculumReader.read(shipped()).contentHash();
    assertEquals(original, CurriculumReader.read(shipped()).contentHash());

    var files = shipped();
    put(files, "modules/check-in.en.md", text(files, "modules/check-in.en.md").replace("Phones off", "Phones silenced"));
    assertNotEquals(original, CurriculumReader.read(files).contentHash());
  }

  @Test
  void a_missing_course_file_is_named() {
    var files = new TreeMap<String, byte[]>();
    put(files, "modules/a.en.md", "---\nid: a\n---\n");
    assertTrue(problems(files).stream().anyMatch(p -> p.file().equals("course.md")));
  }
}
