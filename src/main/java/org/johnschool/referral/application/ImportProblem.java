package org.johnschool.referral.application;

import org.johnschool.platform.Phrase;

/**
 * One problem of an imported file: its row (the header is row 1), its column, and what is wrong, in English (the API)
 * and as a phrase (the page says it in its language).
 */
public record ImportProblem(long row, String column, String message, @jakarta.json.bind.annotation.JsonbTransient Phrase phrase)
    implements java.io.Serializable {

  public ImportProblem(long row, String column, Phrase phrase) {
    this(row, column, phrase.english(), phrase);
  }

  /** The problem in this language. */
  public String message(java.util.Locale locale) {
    return phrase == null ? message : phrase.in(locale);
  }
}
