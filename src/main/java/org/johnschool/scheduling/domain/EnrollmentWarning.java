package org.johnschool.scheduling.domain;

/** Something the coordinator must confirm before an enrollment: the session is after the court's deadline, or in another language. */
public enum EnrollmentWarning {
  AFTER_DEADLINE,
  LANGUAGE_DIFFERS
}
