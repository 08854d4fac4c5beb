package org.johnschool.notification.domain;

/** What became of a notice: waiting to be mailed, mailed, kept in the outbox only (demo), no address, or failed. */
public enum Delivery {
  PENDING,
  SENT,
  NO_ADDRESS,
  OUTBOX_ONLY,
  FAILED
}
