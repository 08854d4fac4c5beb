package org.johnschool.platform;

/** The request clashes with data already stored (answered as 409). */
public class ConflictException extends BusinessException {
  private final Long existingId;

  public ConflictException(String message, Long existingId) {
    super(message);
    this.existingId = existingId;
  }

  public ConflictException(Phrase phrase, Long existingId) {
    super(phrase);
    this.existingId = existingId;
  }

  public Long existingId() {
    return existingId;
  }
}
