package org.johnschool.notification.domain;

/** Why a participant is written to; each has a subject and a body in the notice bundle (notices*.properties). */
public enum NoticeKind {
  ENROLLED,
  WAITLISTED,
  PROMOTED_FROM_WAITLIST,
  RESCHEDULED,
  ENROLLMENT_CANCELLED,
  SESSION_MOVED,
  SESSION_CANCELLED,
  REMINDER_7_DAYS,
  REMINDER_1_DAY
}
