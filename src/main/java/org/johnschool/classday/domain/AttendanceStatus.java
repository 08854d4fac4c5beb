package org.johnschool.classday.domain;

/** How a participant attended a class day; the first three mean the person came. */
public enum AttendanceStatus {
  PRESENT,
  LATE,
  LEFT_EARLY,
  ABSENT,
  EXCUSED;

  public boolean came() {
    return this == PRESENT || this == LATE || this == LEFT_EARLY;
  }
}
