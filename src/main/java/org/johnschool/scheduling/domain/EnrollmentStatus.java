package org.johnschool.scheduling.domain;

/**
 * ENROLLED holds a seat; WAITLISTED waits for one in order; MOVED was left for another session
 * (a reschedule); CANCELLED ended with a reason. Only the first two are current.
 */
public enum EnrollmentStatus {
  ENROLLED,
  WAITLISTED,
  MOVED,
  CANCELLED;

  public boolean isCurrent() {
    return this == ENROLLED || this == WAITLISTED;
  }
}
