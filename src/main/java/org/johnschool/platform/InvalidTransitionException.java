package org.johnschool.platform;

/** A state change the entity's lifecycle does not allow (answered as 409). */
public class InvalidTransitionException extends BusinessException {
  public InvalidTransitionException(String message) {
    super(message);
  }

  public InvalidTransitionException(Phrase phrase) {
    super(phrase);
  }
}
