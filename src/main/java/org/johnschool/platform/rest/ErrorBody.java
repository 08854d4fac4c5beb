package org.johnschool.platform.rest;

import java.util.List;
import org.johnschool.platform.FieldError;

/** The one shape of every error the API answers with. */
public record ErrorBody(int status, String message, List<FieldError> errors, Long existingId) {

  public static ErrorBody of(int status, String message) {
    return new ErrorBody(status, message, List.of(), null);
  }
}
