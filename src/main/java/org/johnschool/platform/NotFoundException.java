package org.johnschool.platform;

/** The record does not exist, or the caller may not know that it exists (answered as 404). */
public class NotFoundException extends BusinessException {
  public NotFoundException(String message) {
    super(message);
  }

  public NotFoundException(Phrase phrase) {
    super(phrase);
  }
}
