package org.johnschool.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request the domain refuses, with a message the user can act on. Rolls the transaction back, so
 * a refused request changes nothing.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private final List<FieldError> errors;
  private final Phrase phrase;

  public BusinessException(String message) {
    this(message, List.of());
  }

  /** A refusal said as a phrase: English for the API, the page's language on a page ({@link #messageIn}). */
  public BusinessException(Phrase phrase) {
    super(phrase.english());
    this.errors = List.of();
    this.phrase = phrase;
  }

  public BusinessException(String message, List<FieldError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
    this.phrase = null;
  }

  /** The message in this language where it was said as a phrase; the English message otherwise. */
  public String messageIn(java.util.Locale locale) {
    return phrase == null ? getMessage() : phrase.in(locale);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
