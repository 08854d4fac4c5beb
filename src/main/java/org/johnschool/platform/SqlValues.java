package org.johnschool.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native queries, whichever Java type the driver and Hibernate chose for them. */
public final class SqlValues {

  private SqlValues() {}

  /** A {@code timestamptz} column: null stays null. */
  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    throw new IllegalStateException("Unexpected time value of type " + value.getClass().getName());
  }
}
