package org.johnschool.scheduling.domain;

/**
 * ENROLLED holds a seat; WAITLISTED waits for one in order; MOVED was left for another session
 * (a reschedule); CANCELLED ended with a reason; ATTENDED and NO_SHOW ended when the class day's
 * attendance was taken (the seat was used). Only the first two are current.
 */
public enum EnrollmentStatus {
  ENROLLED,
  WAITLISTED,
  MOVED,
  CANCELLED,
  ATTENDED,
  NO_SHOW;

  public boolean isCurrent() {
    return this == ENROLLED || this == WAITLISTED;
  }
}
