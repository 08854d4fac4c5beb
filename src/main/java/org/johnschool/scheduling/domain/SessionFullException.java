package org.johnschool.scheduling.domain;

import org.johnschool.platform.ConflictException;

/** Every seat of the session is taken; the case may join its waitlist instead. */
public class SessionFullException extends ConflictException {

  public SessionFullException(long sessionId, int capacity) {
    super("The session is full (" + capacity + " of " + capacity + " seats taken). The case can join its waitlist instead: "
        + "POST the same request with ?waitlist=true.", sessionId);
  }
}
