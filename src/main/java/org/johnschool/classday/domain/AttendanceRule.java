package org.johnschool.classday.domain;

import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What arrival and departure times mean: arriving more than the grace minutes after a module starts, or
 * leaving more than the grace minutes before it ends, misses that module; arriving more than the grace
 * minutes after the day starts is LATE, leaving more than the grace minutes before it ends is LEFT_EARLY
 * (LATE wins when both hold; the missed modules show both).
 */
public final class AttendanceRule {

  /** The status the times give and the modules they make missed. */
  public record Outcome(AttendanceStatus status, Set<String> missed) {}

  private AttendanceRule() {}

  /**
   * @param departed null while the participant is still there (or stayed to the end)
   */
  public static Outcome judge(List<AgendaSlot> slots, LocalTime dayStart, LocalTime dayEnd, LocalTime arrived, LocalTime departed,
      int graceMinutes) {
    if (arrived == null) {
      throw new IllegalArgumentException("Only someone who arrived is judged by the clock.");
    }
    boolean late = arrived.isAfter(dayStart.plusMinutes(graceMinutes));
    boolean leftEarly = departed != null && departed.isBefore(dayEnd.minusMinutes(graceMinutes));
    Set<String> missed = new LinkedHashSet<>();
    for (AgendaSlot slot : slots) {
      boolean arrivedTooLate = arrived.isAfter(slot.start().plusMinutes(graceMinutes));
      boolean leftTooSoon = departed != null && departed.isBefore(slot.end().minusMinutes(graceMinutes));
      if (arrivedTooLate || leftTooSoon) {
        missed.add(slot.moduleKey());
      }
    }
    AttendanceStatus status = late ? AttendanceStatus.LATE : leftEarly ? AttendanceStatus.LEFT_EARLY : AttendanceStatus.PRESENT;
    return new Outcome(status, missed);
  }
}
