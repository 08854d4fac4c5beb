package org.johnschool.scheduling.domain;

/** A session is scheduled until it is cancelled (with a reason); a moved session stays scheduled at its new time. */
public enum SessionStatus {
  SCHEDULED,
  CANCELLED
}
