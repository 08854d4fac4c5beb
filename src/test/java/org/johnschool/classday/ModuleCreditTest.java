package org.johnschool.classday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.johnschool.classday.domain.AgendaSlot;
import org.johnschool.classday.domain.Attendance;
import org.johnschool.classday.domain.ModuleProgress;
import org.johnschool.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, defect 1: someone checked in at 01:23 for a 09:00–17:00 class was credited the whole day at once. A
 * module counts only once it has ended and the participant was there through it; closing the roster gives those
 * still there their departure at the end; the facilitator's mark against the clock survives later saves.
 */
class ModuleCreditTest {

  private static final LocalTime START = LocalTime.of(9, 0);
  private static final LocalTime END = LocalTime.of(17, 0);
  private static final List<AgendaSlot> DAY = List.of(
      new AgendaSlot("intro", true, LocalTime.of(9, 0), LocalTime.of(10, 0)),
      new AgendaSlot("law", true, LocalTime.of(10, 0), LocalTime.of(12, 0)),
      new AgendaSlot("health", true, LocalTime.of(13, 0), LocalTime.of(17, 0)));
  private static final List<String> REQUIRED = List.of("intro", "law", "health");

  private static Attendance checkedIn(LocalTime arrived, LocalTime now) {
    Attendance a = new Attendance(1, 10, 100, 1000, DAY);
    a.record(new Attendance.Entry(null, true, arrived, null, null, null), DAY, START, END, 10, "facilitator", now);
    return a;
  }

  private static Map<String, Boolean> creditAt(Attendance a, LocalTime upTo) {
    return a.credit(DAY, START, END, 10, upTo);
  }

  @Test
  void a_check_in_hours_before_the_class_credits_no_module() {
    Attendance early = checkedIn(LocalTime.of(1, 23), LocalTime.of(1, 23));
    assertEquals(Map.of("intro", false, "law", false, "health", false), creditAt(early, LocalTime.of(1, 23)));
    assertEquals(REQUIRED, ModuleProgress.of(REQUIRED, List.of(early)).remaining(), "what is stored credits nothing either");
  }

  @Test
  void modules_count_one_by_one_as_they_end_while_the_participant_stays() {
    Attendance a = checkedIn(LocalTime.of(8, 50), LocalTime.of(8, 50));
    assertEquals(Map.of("intro", false, "law", false, "health", false), creditAt(a, LocalTime.of(9, 59)));
    assertEquals(Map.of("intro", true, "law", false, "health", false), creditAt(a, LocalTime.of(10, 0)));
    assertEquals(Map.of("intro", true, "law", true, "health", false), creditAt(a, LocalTime.of(16, 59)));
    assertEquals(Map.of("intro", true, "law", true, "health", true), creditAt(a, LocalTime.MAX));
  }

  @Test
  void no_arrival_or_departure_later_than_now_is_taken() {
    Attendance a = new Attendance(1, 10, 100, 1000, DAY);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> a.record(
        new Attendance.Entry(null, true, LocalTime.of(9, 0), LocalTime.of(17, 0), null, null), DAY, START, END, 10, "facilitator",
        LocalTime.of(10, 30)));
    assertEquals(List.of("departed"), e.errors().stream().map(f -> f.field()).toList());
    InvalidInputException arrival = assertThrows(InvalidInputException.class, () -> a.record(
        new Attendance.Entry(null, true, LocalTime.of(9, 0), null, null, null), DAY, START, END, 10, "facilitator", LocalTime.of(8, 0)));
    assertEquals(List.of("arrived"), arrival.errors().stream().map(f -> f.field()).toList());
  }

  @Test
  void closing_the_roster_gives_those_still_there_the_end_of_the_day_and_credits_it() {
    Attendance a = checkedIn(LocalTime.of(8, 55), LocalTime.of(9, 0));
    assertNull(a.getDepartedAt());
    a.close(DAY, START, END, 10);
    assertEquals(END, a.getDepartedAt());
    assertEquals(List.of(), ModuleProgress.of(REQUIRED, List.of(a)).remaining());
  }

  @Test
  void closing_keeps_an_early_departure_and_what_it_missed() {
    Attendance a = new Attendance(1, 10, 100, 1000, DAY);
    a.record(new Attendance.Entry(null, true, LocalTime.of(8, 55), LocalTime.of(11, 0), null, null), DAY, START, END, 10, "facilitator",
        LocalTime.of(11, 5));
    a.close(DAY, START, END, 10);
    assertEquals(LocalTime.of(11, 0), a.getDepartedAt());
    assertEquals(List.of("law", "health"), ModuleProgress.of(REQUIRED, List.of(a)).remaining());
  }

  @Test
  void the_facilitators_mark_against_the_clock_survives_a_later_save_and_the_closing() {
    Attendance a = new Attendance(1, 10, 100, 1000, DAY);
    a.record(new Attendance.Entry(null, true, LocalTime.of(8, 55), null, Map.of("law", false), "Stepped out for a call"), DAY, START, END,
        10, "facilitator", LocalTime.of(12, 30));
    a.record(new Attendance.Entry(null, true, LocalTime.of(8, 55), null, null, "Stepped out for a call"), DAY, START, END, 10,
        "facilitator", LocalTime.of(14, 0));
    a.close(DAY, START, END, 10);
    assertEquals(List.of("law"), ModuleProgress.of(REQUIRED, List.of(a)).remaining());
  }

  @Test
  void the_day_has_happened_up_to_now_on_its_date_all_of_it_after_and_none_before() {
    LocalDate day = LocalDate.of(2026, 12, 20);
    assertEquals(LocalTime.MIN, Attendance.upTo(day, day.minusDays(1).atTime(23, 0)));
    assertEquals(LocalTime.of(11, 15), Attendance.upTo(day, day.atTime(11, 15)));
    assertEquals(LocalTime.MAX, Attendance.upTo(day, day.plusDays(1).atTime(0, 1)));
  }
}
