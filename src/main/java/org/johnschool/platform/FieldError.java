package org.johnschool.platform;

import java.util.Locale;

/**
 * One problem with one input field, named as the client sent it. The message is English (the API's); a problem said as
 * a {@link Phrase} reads in the page's language too ({@link #message(Locale)}).
 */
public record FieldError(String field, String message, Phrase phrase) {

  public FieldError(String field, String message) {
    this(field, message, null);
  }

  public FieldError(String field, Phrase phrase) {
    this(field, phrase.english(), phrase);
  }

  /** The message in this language: the phrase's text in it, or the English message when it has no phrase. */
  public String message(Locale locale) {
    return phrase == null ? message : phrase.in(locale);
  }
}
