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

  public BusinessException(String message) {
    this(message, List.of());
  }

  public BusinessException(String message, List<FieldError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
