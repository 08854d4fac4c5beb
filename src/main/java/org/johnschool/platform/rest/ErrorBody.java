package org.johnschool.platform.rest;

import java.util.List;
import org.johnschool.platform.FieldError;

/** The one shape of every error the API answers with: {status, message, errors:[{field, message}], existingId}. */
public record ErrorBody(int status, String message, List<Problem> errors, Long existingId) {

  /** One field's problem as the API says it (in English). */
  public record Problem(String field, String message) {}

  public static ErrorBody of(int status, String message) {
    return new ErrorBody(status, message, List.of(), null);
  }

  public static ErrorBody of(int status, String message, List<FieldError> errors, Long existingId) {
    return new ErrorBody(status, message, errors.stream().map(e -> new Problem(e.field(), e.message())).toList(), existingId);
  }
}
