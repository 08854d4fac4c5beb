package org.johnschool.scheduling.domain;

import org.johnschool.platform.ConflictException;
import org.johnschool.platform.Phrase;

/** Every seat of the session is taken; the case may join its waitlist instead. */
public class SessionFullException extends ConflictException {

  public SessionFullException(long sessionId, int capacity) {
    super(Phrase.of("session.full", capacity), sessionId);
  }
}
