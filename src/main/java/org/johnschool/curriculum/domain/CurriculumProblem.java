package org.johnschool.curriculum.domain;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Locale;
import org.johnschool.platform.Phrase;

/**
 * One problem in one curriculum file: the file (relative to the folder), the line (0 when it is about the whole file),
 * and what is wrong, in English (the API) and as a phrase (the page says it in its language).
 */
public record CurriculumProblem(String file, int line, String problem, @JsonbTransient Phrase phrase) implements java.io.Serializable {

  public CurriculumProblem(String file, int line, String problem) {
    this(file, line, problem, null);
  }

  public CurriculumProblem(String file, int line, Phrase phrase) {
    this(file, line, phrase.english(), phrase);
  }

  /** What is wrong, in this language. */
  public String problem(Locale locale) {
    return phrase == null ? problem : phrase.in(locale);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ", line " + line + ": " + problem : file + ": " + problem;
  }
}
