package org.johnschool.platform;

import java.util.List;

/** Input that breaks a rule; answered with 400 and the list of fields at fault. */
public class InvalidInputException extends BusinessException {
  public InvalidInputException(List<FieldError> errors) {
    super("The input has errors.", errors);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public InvalidInputException(String field, Phrase phrase) {
    this(List.of(new FieldError(field, phrase)));
  }
}
