package org.johnschool.classday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.johnschool.classday.domain.AgendaSlot;
import org.johnschool.classday.domain.Attendance;
import org.johnschool.classday.domain.AttendanceStatus;
import org.johnschool.classday.domain.ModuleProgress;
import org.johnschool.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Make-up bookkeeping: what a first day misses, a make-up seat covers, and the case shows what remains. */
class ModuleProgressTest {

  private static final LocalTime START = LocalTime.of(9, 0);
  private static final LocalTime END = LocalTime.of(12, 0);
  private static final List<AgendaSlot> DAY = List.of(
      new AgendaSlot("intro", true, LocalTime.of(9, 0), LocalTime.of(10, 0)),
      new AgendaSlot("law", true, LocalTime.of(10, 0), LocalTime.of(11, 0)),
      new AgendaSlot("extra", false, LocalTime.of(11, 0), LocalTime.of(12, 0)));
  private static final List<String> REQUIRED = List.of("intro", "law");

  private static Attendance day(List<AgendaSlot> covered, Attendance.Entry entry) {
    Attendance a = new Attendance(1, 10, 100, 1000, covered);
    a.record(entry, covered, START, END, 10, "facilitator", LocalTime.MAX);
    return a;
  }

  @Test
  void a_late_first_day_leaves_the_missed_module_and_a_make_up_of_it_completes_the_modules() {
    Attendance first = day(DAY, new Attendance.Entry(null, true, LocalTime.of(9, 30), null, null, null));
    assertEquals(AttendanceStatus.LATE, first.getStatus());
    ModuleProgress after = ModuleProgress.of(REQUIRED, List.of(first));
    assertEquals(List.of("intro"), after.remaining());
    assertFalse(after.allAttended());

    List<AgendaSlot> makeUp = DAY.stream().filter(s -> after.remaining().contains(s.moduleKey())).toList();
    Attendance second = day(makeUp, new Attendance.Entry(null, true, LocalTime.of(8, 55), null, null, null));
    assertEquals(1, second.getModules().size(), "a make-up seat covers only what remains");
    ModuleProgress done = ModuleProgress.of(REQUIRED, List.of(first, second));
    assertEquals(List.of(), done.remaining());
    assertTrue(done.allAttended());
  }

  @Test
  void an_optional_module_missed_does_not_hold_completion_back() {
    Attendance a = day(DAY, new Attendance.Entry(null, true, LocalTime.of(9, 0), LocalTime.of(11, 0), null, null));
    assertEquals(AttendanceStatus.LEFT_EARLY, a.getStatus());
    assertTrue(ModuleProgress.of(REQUIRED, List.of(a)).allAttended());
  }

  @Test
  void the_facilitator_can_mark_a_module_missed_against_the_clock() {
    Attendance a = day(DAY, new Attendance.Entry(null, true, LocalTime.of(9, 0), null, Map.of("law", false), "Stepped out for a call"));
    assertEquals(List.of("law"), ModuleProgress.of(REQUIRED, List.of(a)).remaining());
  }

  @Test
  void absent_attends_nothing_and_needs_no_times() {
    Attendance a = day(DAY, new Attendance.Entry(AttendanceStatus.ABSENT, false, null, null, null, null));
    assertEquals(REQUIRED, ModuleProgress.of(REQUIRED, List.of(a)).remaining());
    assertThrows(InvalidInputException.class,
        () -> day(DAY, new Attendance.Entry(AttendanceStatus.EXCUSED, false, LocalTime.of(9, 0), null, null, null)));
  }

  @Test
  void check_in_needs_the_id_checked_and_departure_after_arrival() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> day(DAY, new Attendance.Entry(null, false, LocalTime.of(10, 0), LocalTime.of(9, 0), Map.of("nope", true), null)));
    assertEquals(List.of("idVerified", "departed", "modules"), e.errors().stream().map(f -> f.field()).toList());
  }

  @Test
  void no_class_day_means_no_required_modules_known_and_nothing_complete() {
    assertFalse(ModuleProgress.of(List.of(), List.of()).allAttended());
  }
}
