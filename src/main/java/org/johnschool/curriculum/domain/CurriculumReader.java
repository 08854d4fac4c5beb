package org.johnschool.curriculum.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.johnschool.curriculum.domain.CurriculumContent.AgendaEntry;
import org.johnschool.curriculum.domain.CurriculumContent.ModuleContent;
import org.johnschool.curriculum.domain.CurriculumContent.ModuleWording;
import org.johnschool.curriculum.domain.CurriculumContent.OutlinePoint;
import org.johnschool.curriculum.domain.CurriculumContent.QuestionContent;
import org.johnschool.curriculum.domain.CurriculumContent.QuestionWording;
import org.johnschool.platform.Phrase;

/**
 * Reads and checks a curriculum folder (the format is described in {@code curriculum/README.md}):
 * {@code course.md} (languages, titles, the day's order), {@code modules/<id>.<language>.md} and
 * {@code questions/<language>.md}. Every problem of every file is collected with its file and line; any
 * problem refuses the whole folder.
 */
public final class CurriculumReader {

  public static final int MIN_MINUTES = 5;
  public static final int MAX_MINUTES = 240;
  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
  private static final Pattern MODULE_FILE = Pattern.compile("modules/([^/]+)\\.([^./]+)\\.md");
  private static final Pattern QUESTION_FILE = Pattern.compile("questions/([^./]+)\\.md");
  private static final Pattern NUMBERED = Pattern.compile("\\d{1,2}\\.\\s+(\\S.*)");
  private static final Pattern BULLET = Pattern.compile("-\\s+(\\S.*)");
  private static final Pattern OPTION = Pattern.compile("([a-h])\\.\\s+(\\S.*)");
  private static final Set<String> MODULE_KEYS = Set.of("id", "title", "minutes", "required", "presenter");
  private static final Map<String, String> SECTIONS = Map.of(
      "objectives", "objectives", "learning objectives", "objectives", "objetivos", "objectives",
      "objetivos de aprendizaje", "objectives", "outline", "outline", "esquema", "outline", "contenido", "outline",
      "sources", "sources", "fuentes", "sources");

  private final List<CurriculumProblem> problems = new ArrayList<>();
  /** Files and question ids already reported, so that their absence elsewhere is not reported again. */
  private final Set<String> faulty = new java.util.HashSet<>();

  private CurriculumReader() {}

  /** Reads a folder given as relative path → file bytes; throws with every problem found. */
  public static CurriculumContent read(SortedMap<String, byte[]> files) {
    return new CurriculumReader().readAll(files);
  }

  private CurriculumContent readAll(SortedMap<String, byte[]> files) {
    Map<String, List<String>> texts = new TreeMap<>();
    SortedMap<String, byte[]> content = new TreeMap<>();
    for (var f : files.entrySet()) {
      String path = f.getKey();
      String name = path.substring(path.lastIndexOf('/') + 1);
      if (name.startsWith(".") || name.equalsIgnoreCase("README.md")) {
        continue;
      }
      content.put(path, f.getValue());
      if (!path.equals("course.md") && !MODULE_FILE.matcher(path).matches() && !QUESTION_FILE.matcher(path).matches()) {
        problem(path, 0, Phrase.of("curriculum.unexpectedFile"));
        continue;
      }
      decode(path, f.getValue()).ifPresent(lines -> texts.put(path, lines));
    }
    if (!files.containsKey("course.md")) {
      problem("course.md", 0, Phrase.of("curriculum.courseMissing"));
    }
    Course course = texts.containsKey("course.md") ? readCourse(texts.get("course.md")) : null;

    Map<String, Map<String, ModuleFile>> modulesByKey = new LinkedHashMap<>();
    Map<String, List<QuestionFile>> questionsByLanguage = new LinkedHashMap<>();
    for (var t : texts.entrySet()) {
      Matcher m = MODULE_FILE.matcher(t.getKey());
      if (m.matches()) {
        ModuleFile module = readModule(t.getKey(), m.group(1), m.group(2), t.getValue(), course);
        if (module != null) {
          modulesByKey.computeIfAbsent(module.key, k -> new LinkedHashMap<>()).put(module.language, module);
        }
      }
      Matcher q = QUESTION_FILE.matcher(t.getKey());
      if (q.matches()) {
        String language = q.group(1);
        if (course != null && !course.languages.contains(language)) {
          problem(t.getKey(), 0, Phrase.of("curriculum.questionsLanguage", language, String.join(", ", course.languages)));
        } else {
          questionsByLanguage.put(language, readQuestions(t.getKey(), t.getValue()));
        }
      }
    }
    if (course == null) {
      throw new CurriculumRejectedException(problems);
    }
    List<ModuleContent> modules = combineModules(course, modulesByKey);
    List<QuestionContent> questions = combineQuestions(course, questionsByLanguage, modulesByKey.keySet());
    checkAgenda(course, modulesByKey.keySet());
    if (!problems.isEmpty()) {
      throw new CurriculumRejectedException(problems);
    }
    List<ModuleContent> inAgendaOrder = new ArrayList<>();
    for (AgendaEntry e : course.agenda) {
      if (e.kind() == AgendaKind.MODULE) {
        modules.stream().filter(mod -> mod.key().equals(e.moduleKey())).findFirst().ifPresent(inAgendaOrder::add);
      }
    }
    return new CurriculumContent(hash(content), List.copyOf(course.languages), Map.copyOf(course.titles),
        List.copyOf(inAgendaOrder), List.copyOf(course.agenda), List.copyOf(questions));
  }

  // ---------------------------------------------------------------- course.md

  private record Course(List<String> languages, Map<String, String> titles, List<AgendaEntry> agenda, Map<String, Integer> agendaLines) {}

  private Course readCourse(List<String> lines) {
    String file = "course.md";
    Header header = header(file, lines);
    if (header == null) {
      return null;
    }
    List<String> languages = new ArrayList<>();
    Field langs = header.fields.get("languages");
    if (langs == null) {
      problem(file, header.end, Phrase.of("curriculum.languagesHeader"));
      return null;
    }
    for (String l : langs.value.split(",")) {
      String language = l.trim();
      if (!LANGUAGE.matcher(language).matches()) {
        problem(file, langs.line, Phrase.of("curriculum.languageCode", language));
      } else if (!languages.contains(language)) {
        languages.add(language);
      }
    }
    Map<String, String> titles = new LinkedHashMap<>();
    for (var f : header.fields.entrySet()) {
      String key = f.getKey();
      if (key.startsWith("title.") && languages.contains(key.substring(6))) {
        titles.put(key.substring(6), f.getValue().value);
      } else if (!key.equals("languages")) {
        problem(file, f.getValue().line, Phrase.of("curriculum.courseHeaderLine", key));
      }
    }
    for (String language : languages) {
      if (!titles.containsKey(language)) {
        problem(file, header.end, Phrase.of("curriculum.titleHeader", language));
      }
    }
    List<AgendaEntry> agenda = new ArrayList<>();
    Map<String, Integer> agendaLines = new LinkedHashMap<>();
    for (int i = header.end; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      Matcher b = BULLET.matcher(line);
      if (!b.matches()) {
        continue;
      }
      int lineNo = i + 1;
      String[] parts = b.group(1).split(":", 2);
      String kind = parts[0].trim().toLowerCase(Locale.ROOT);
      String value = parts.length > 1 ? parts[1].trim() : "";
      switch (kind) {
        case "module" -> {
          if (!KEY.matcher(value).matches()) {
            problem(file, lineNo, Phrase.of("curriculum.moduleId", value));
          } else if (agendaLines.containsKey(value)) {
            problem(file, lineNo, Phrase.of("curriculum.moduleTwice", value, agendaLines.get(value)));
          } else {
            agenda.add(new AgendaEntry(AgendaKind.MODULE, value, 0));
            agendaLines.put(value, lineNo);
          }
        }
        case "break", "lunch" -> {
          Integer minutes = minutes(file, lineNo, value, 5, 90);
          if (minutes != null) {
            agenda.add(new AgendaEntry(kind.equals("break") ? AgendaKind.BREAK : AgendaKind.LUNCH, null, minutes));
          }
        }
        default -> problem(file, lineNo, Phrase.of("curriculum.agendaLine"));
      }
    }
    if (agenda.stream().noneMatch(e -> e.kind() == AgendaKind.MODULE)) {
      problem(file, 0, Phrase.of("curriculum.noModule"));
    }
    return new Course(languages, titles, agenda, agendaLines);
  }

  private void checkAgenda(Course course, Set<String> moduleKeys) {
    for (var e : course.agendaLines.entrySet()) {
      boolean reported = course.languages.stream().anyMatch(l -> faulty.contains("modules/" + e.getKey() + "." + l + ".md"));
      if (!moduleKeys.contains(e.getKey()) && !reported) {
        problem("course.md", e.getValue(), Phrase.of("curriculum.noModuleFile", e.getKey(), e.getKey(), course.languages.get(0)));
      }
    }
  }

  // ---------------------------------------------------------------- modules

  private record ModuleFile(String file, String key, String language, int minutes, boolean required, PresenterRole presenter,
      ModuleWording wording) {}

  private ModuleFile readModule(String file, String key, String language, List<String> lines, Course course) {
    int before = problems.size();
    if (!KEY.matcher(key).matches()) {
      problem(file, 0, Phrase.of("curriculum.moduleFileName"));
    }
    if (course != null && !course.languages.contains(language)) {
      problem(file, 0, Phrase.of("curriculum.moduleLanguage", language, String.join(", ", course.languages)));
    }
    Header header = header(file, lines);
    if (header == null) {
      faulty.add(file);
      return null;
    }
    for (var f : header.fields.entrySet()) {
      if (!MODULE_KEYS.contains(f.getKey())) {
        problem(file, f.getValue().line, Phrase.of("curriculum.moduleHeaderLine", f.getKey()));
      }
    }
    for (String k : List.of("id", "title", "minutes", "required", "presenter")) {
      if (!header.fields.containsKey(k)) {
        problem(file, header.end, Phrase.of("curriculum.headerNeeds", k));
      }
    }
    Field id = header.fields.get("id");
    if (id != null && !id.value.equals(key)) {
      problem(file, id.line, Phrase.of("curriculum.idDiffers", id.value, key));
    }
    Field title = header.fields.get("title");
    if (title != null && (title.value.isBlank() || title.value.length() > 200)) {
      problem(file, title.line, Phrase.of("curriculum.title"));
    }
    Field m = header.fields.get("minutes");
    Integer minutes = m == null ? null : minutes(file, m.line, m.value, MIN_MINUTES, MAX_MINUTES);
    Field r = header.fields.get("required");
    Boolean required = null;
    if (r != null) {
      if (r.value.equals("true") || r.value.equals("false")) {
        required = Boolean.valueOf(r.value);
      } else {
        problem(file, r.line, Phrase.of("curriculum.required"));
      }
    }
    Field p = header.fields.get("presenter");
    PresenterRole presenter = null;
    if (p != null) {
      presenter = PresenterRole.fromFileName(p.value).orElse(null);
      if (presenter == null) {
        problem(file, p.line, Phrase.of("curriculum.presenter", p.value, PresenterRole.allFileNames()));
      }
    }
    ModuleWording wording = moduleBody(file, lines, header.end, title == null ? "" : title.value);
    if (problems.size() > before) {
      faulty.add(file);
      return null;
    }
    return new ModuleFile(file, key, language, minutes, required, presenter, wording);
  }

  private ModuleWording moduleBody(String file, List<String> lines, int from, String title) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    List<OutlinePoint> outline = new ArrayList<>();
    List<String> currentDetails = null;
    String section = null;
    Map<String, Integer> sectionLines = new LinkedHashMap<>();
    for (int i = from; i < lines.size(); i++) {
      String raw = lines.get(i);
      String line = raw.strip();
      int lineNo = i + 1;
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("## ")) {
        String heading = line.substring(3).strip().toLowerCase(Locale.ROOT);
        section = SECTIONS.get(heading);
        if (section == null) {
          problem(file, lineNo, Phrase.of("curriculum.section", line.substring(3).strip()));
        } else if (sectionLines.containsKey(section)) {
          problem(file, lineNo, Phrase.of("curriculum.sectionTwice", sectionLines.get(section)));
          section = null;
        } else {
          sectionLines.put(section, lineNo);
          currentDetails = null;
        }
        continue;
      }
      if (section == null) {
        continue; // a title or a note before the first section
      }
      boolean indented = Character.isWhitespace(raw.charAt(0));
      if (section.equals("outline")) {
        Matcher n = NUMBERED.matcher(line);
        Matcher d = BULLET.matcher(line);
        if (!indented && n.matches()) {
          currentDetails = new ArrayList<>();
          outline.add(new OutlinePoint(n.group(1), currentDetails));
        } else if (indented && d.matches() && currentDetails != null) {
          currentDetails.add(d.group(1));
        } else if (indented && !outline.isEmpty()) {
          continueLast(outline, currentDetails, line);
        } else {
          problem(file, lineNo, Phrase.of("curriculum.outline"));
        }
      } else {
        List<String> items = lists.computeIfAbsent(section, s -> new ArrayList<>());
        Matcher d = BULLET.matcher(line);
        if (!indented && d.matches()) {
          items.add(d.group(1));
        } else if (indented && !items.isEmpty()) {
          items.set(items.size() - 1, items.get(items.size() - 1) + " " + line);
        } else {
          problem(file, lineNo, Phrase.of("curriculum.items"));
        }
      }
    }
    List<String> objectives = lists.getOrDefault("objectives", List.of());
    List<String> sources = lists.getOrDefault("sources", List.of());
    if (objectives.isEmpty()) {
      problem(file, 0, Phrase.of("curriculum.objectives"));
    }
    if (outline.isEmpty()) {
      problem(file, 0, Phrase.of("curriculum.outlineMissing"));
    }
    if (sources.isEmpty()) {
      problem(file, 0, Phrase.of("curriculum.sources"));
    }
    List<OutlinePoint> frozen = outline.stream().map(o -> new OutlinePoint(o.text(), List.copyOf(o.details()))).toList();
    return new ModuleWording(file, title, List.copyOf(objectives), frozen, List.copyOf(sources));
  }

  private static void continueLast(List<OutlinePoint> outline, List<String> details, String text) {
    if (details != null && !details.isEmpty()) {
      details.set(details.size() - 1, details.get(details.size() - 1) + " " + text);
    } else {
      OutlinePoint last = outline.remove(outline.size() - 1);
      outline.add(new OutlinePoint(last.text() + " " + text, last.details()));
    }
  }

  private List<ModuleContent> combineModules(Course course, Map<String, Map<String, ModuleFile>> byKey) {
    List<ModuleContent> modules = new ArrayList<>();
    for (var e : byKey.entrySet()) {
      Map<String, ModuleFile> versions = e.getValue();
      ModuleFile reference = null;
      for (String language : course.languages) {
        ModuleFile f = versions.get(language);
        if (f == null && faulty.contains("modules/" + e.getKey() + "." + language + ".md")) {
          continue;
        } else if (f == null) {
          problem("modules/" + e.getKey() + "." + language + ".md", 0, Phrase.of("curriculum.moduleVersion"));
        } else if (reference == null) {
          reference = f;
        } else if (f.minutes != reference.minutes || f.required != reference.required || f.presenter != reference.presenter) {
          problem(f.file, 0, Phrase.of("curriculum.moduleSame", reference.file));
        }
      }
      if (!course.agendaLines.containsKey(e.getKey()) && reference != null) {
        problem(reference.file, 0, Phrase.of("curriculum.moduleNotInDay", e.getKey()));
      }
      if (reference != null) {
        Map<String, ModuleWording> wording = new LinkedHashMap<>();
        for (String language : course.languages) {
          if (versions.containsKey(language)) {
            wording.put(language, versions.get(language).wording);
          }
        }
        modules.add(new ModuleContent(e.getKey(), reference.minutes, reference.required, reference.presenter, Map.copyOf(wording)));
      }
    }
    // The agenda takes each module's minutes from its file.
    for (int i = 0; i < course.agenda.size(); i++) {
      AgendaEntry a = course.agenda.get(i);
      if (a.kind() == AgendaKind.MODULE) {
        int minutes = modules.stream().filter(m -> m.key().equals(a.moduleKey())).mapToInt(ModuleContent::minutes).findFirst().orElse(0);
        course.agenda.set(i, new AgendaEntry(AgendaKind.MODULE, a.moduleKey(), minutes));
      }
    }
    return modules;
  }

  // ---------------------------------------------------------------- questions

  private record QuestionFile(String file, int line, String key, String moduleKey, QuestionKind kind, String answer, boolean reverse,
      QuestionWording wording) {}

  private List<QuestionFile> readQuestions(String file, List<String> lines) {
    List<QuestionFile> items = new ArrayList<>();
    int i = 0;
    while (i < lines.size() && !lines.get(i).startsWith("## ")) {
      i++;
    }
    while (i < lines.size()) {
      int start = i;
      String key = lines.get(i).substring(3).strip();
      i++;
      int end = i;
      while (end < lines.size() && !lines.get(end).startsWith("## ")) {
        end++;
      }
      QuestionFile q = readQuestion(file, start + 1, key, lines.subList(i, end), i);
      if (q == null) {
        faulty.add("question:" + key);
      } else {
        if (items.stream().anyMatch(o -> o.key.equals(q.key))) {
          problem(file, start + 1, Phrase.of("curriculum.questionTwice", key));
        } else {
          items.add(q);
        }
      }
      i = end;
    }
    if (items.isEmpty() && problems.stream().noneMatch(p -> p.file().equals(file))) {
      problem(file, 0, Phrase.of("curriculum.noQuestions"));
    }
    return items;
  }

  private QuestionFile readQuestion(String file, int line, String key, List<String> body, int offset) {
    int before = problems.size();
    if (!KEY.matcher(key).matches()) {
      problem(file, line, Phrase.of("curriculum.questionId", key));
    }
    Map<String, Field> meta = new LinkedHashMap<>();
    StringBuilder prompt = new StringBuilder();
    List<String> options = new ArrayList<>();
    for (int j = 0; j < body.size(); j++) {
      String text = body.get(j).strip();
      int lineNo = offset + j + 1;
      if (text.isEmpty()) {
        continue;
      }
      Matcher b = BULLET.matcher(text);
      Matcher o = OPTION.matcher(text);
      if (b.matches() && prompt.length() == 0 && b.group(1).contains(":")) {
        String[] kv = b.group(1).split(":", 2);
        meta.put(kv[0].trim().toLowerCase(Locale.ROOT), new Field(kv[1].trim(), lineNo));
      } else if (o.matches()) {
        char expected = (char) ('a' + options.size());
        if (o.group(1).charAt(0) != expected) {
          problem(file, lineNo, Phrase.of("curriculum.option", expected));
        }
        options.add(o.group(2));
      } else if (!options.isEmpty()) {
        problem(file, lineNo, Phrase.of("curriculum.textAfterOptions"));
      } else {
        prompt.append(prompt.length() == 0 ? "" : " ").append(text);
      }
    }
    for (String k : meta.keySet()) {
      if (!Set.of("module", "kind", "answer", "scoring").contains(k)) {
        problem(file, meta.get(k).line, Phrase.of("curriculum.questionLine", k));
      }
    }
    Field module = meta.get("module");
    if (module == null) {
      problem(file, line, Phrase.of("curriculum.questionModule"));
    }
    Field kindField = meta.get("kind");
    QuestionKind kind = null;
    if (kindField == null || !Set.of("knowledge", "attitude").contains(kindField.value)) {
      problem(file, kindField == null ? line : kindField.line, Phrase.of("curriculum.questionKind"));
    } else {
      kind = QuestionKind.valueOf(kindField.value.toUpperCase(Locale.ROOT));
    }
    if (prompt.length() == 0 || prompt.length() > 2000) {
      problem(file, line, Phrase.of("curriculum.questionText"));
    }
    Field answer = meta.get("answer");
    Field scoring = meta.get("scoring");
    if (kind == QuestionKind.KNOWLEDGE) {
      if (options.size() < 2) {
        problem(file, line, Phrase.of("curriculum.knowledgeOptions"));
      }
      if (answer == null) {
        problem(file, line, Phrase.of("curriculum.knowledgeAnswer"));
      } else if (answer.value.length() != 1 || answer.value.charAt(0) < 'a' || answer.value.charAt(0) >= 'a' + options.size()) {
        problem(file, answer.line, Phrase.of("curriculum.answerNotOption", answer.value));
      }
      if (scoring != null) {
        problem(file, scoring.line, Phrase.of("curriculum.scoringAttitude"));
      }
    } else if (kind == QuestionKind.ATTITUDE) {
      if (!options.isEmpty()) {
        problem(file, line, Phrase.of("curriculum.attitudeOptions"));
      }
      if (answer != null) {
        problem(file, answer.line, Phrase.of("curriculum.attitudeAnswer"));
      }
      if (scoring != null && !scoring.value.equals("reverse") && !scoring.value.equals("normal")) {
        problem(file, scoring.line, Phrase.of("curriculum.scoringValue"));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new QuestionFile(file, line, key, module.value, kind, answer == null ? null : answer.value,
        scoring != null && scoring.value.equals("reverse"), new QuestionWording(prompt.toString(), List.copyOf(options)));
  }

  private List<QuestionContent> combineQuestions(Course course, Map<String, List<QuestionFile>> byLanguage, Set<String> moduleKeys) {
    String first = course.languages.get(0);
    for (String language : course.languages) {
      if (!byLanguage.containsKey(language) && problems.stream().noneMatch(p -> p.file().equals("questions/" + language + ".md"))) {
        problem("questions/" + language + ".md", 0, Phrase.of("curriculum.questionsFile"));
      }
    }
    List<QuestionFile> reference = byLanguage.getOrDefault(first, List.of());
    List<QuestionContent> questions = new ArrayList<>();
    for (QuestionFile q : reference) {
      if (!moduleKeys.contains(q.moduleKey)) {
        problem(q.file, q.line, Phrase.of("curriculum.questionModuleUnknown", q.moduleKey));
      }
      Map<String, QuestionWording> wording = new LinkedHashMap<>();
      wording.put(first, q.wording);
      for (String language : course.languages.subList(1, course.languages.size())) {
        List<QuestionFile> other = byLanguage.get(language);
        if (other == null) {
          continue;
        }
        QuestionFile t = other.stream().filter(o -> o.key.equals(q.key)).findFirst().orElse(null);
        if (t == null && faulty.contains("question:" + q.key)) {
          continue;
        } else if (t == null) {
          problem("questions/" + language + ".md", 0, Phrase.of("curriculum.questionMissing", q.key, q.file));
        } else if (!t.moduleKey.equals(q.moduleKey) || t.kind != q.kind || !java.util.Objects.equals(t.answer, q.answer)
            || t.reverse != q.reverse || t.wording.options().size() != q.wording.options().size()) {
          problem(t.file, t.line, Phrase.of("curriculum.questionSame", q.file));
        } else {
          wording.put(language, t.wording);
        }
      }
      questions.add(new QuestionContent(q.key, q.moduleKey, q.kind, q.answer, q.reverse, Map.copyOf(wording)));
    }
    for (var e : byLanguage.entrySet()) {
      if (e.getKey().equals(first)) {
        continue;
      }
      Set<String> known = new LinkedHashSet<>();
      reference.forEach(q -> known.add(q.key));
      for (QuestionFile q : e.getValue()) {
        if (!known.contains(q.key) && !faulty.contains("question:" + q.key)) {
          problem(q.file, q.line, Phrase.of("curriculum.questionNotInFirst", q.key, first));
        }
      }
    }
    return questions;
  }

  // ---------------------------------------------------------------- shared parts

  private record Field(String value, int line) {}

  private record Header(Map<String, Field> fields, int end) {}

  /** The block between the first two '---' lines; {@code end} is the index of the first body line. */
  private Header header(String file, List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      problem(file, 1, Phrase.of("curriculum.headerStart"));
      return null;
    }
    Map<String, Field> fields = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals("---")) {
        return new Header(fields, i + 1);
      }
      if (line.isEmpty()) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        problem(file, i + 1, Phrase.of("curriculum.headerLine"));
        continue;
      }
      String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      if (fields.containsKey(key)) {
        problem(file, i + 1, Phrase.of("curriculum.headerTwice", key, fields.get(key).line));
      }
      fields.put(key, new Field(line.substring(colon + 1).trim(), i + 1));
    }
    problem(file, lines.size(), Phrase.of("curriculum.headerNotClosed"));
    return null;
  }

  private Integer minutes(String file, int line, String value, int min, int max) {
    try {
      int minutes = Integer.parseInt(value.trim());
      if (minutes >= min && minutes <= max) {
        return minutes;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(file, line, Phrase.of("curriculum.minutes", value, min, max));
    return null;
  }

  private java.util.Optional<List<String>> decode(String file, byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return java.util.Optional.of(List.of(text.split("\r?\n", -1)));
    } catch (CharacterCodingException e) {
      problem(file, 0, Phrase.of("curriculum.utf8"));
      return java.util.Optional.empty();
    }
  }

  private void problem(String file, int line, Phrase problem) {
    problems.add(new CurriculumProblem(file, line, problem));
  }

  /** SHA-256 over every file's path and bytes, in path order: equal folders give equal hashes. */
  static String hash(SortedMap<String, byte[]> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (var f : files.entrySet()) {
        digest.update(f.getKey().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(f.getValue());
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
