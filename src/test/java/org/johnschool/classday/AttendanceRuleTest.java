package org.johnschool.classday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.johnschool.classday.domain.AgendaSlot;
import org.johnschool.classday.domain.AttendanceRule;
import org.johnschool.classday.domain.AttendanceRule.Outcome;
import org.johnschool.classday.domain.AttendanceStatus;
import org.junit.jupiter.api.Test;

/** Late arrival and early departure beyond the grace minutes miss exactly the modules they cut into. */
class AttendanceRuleTest {

  private static final LocalTime START = LocalTime.of(9, 0);
  private static final LocalTime END = LocalTime.of(17, 0);
  // 09:00-09:30 intro, 09:30-10:30 law, (break) 10:45-12:00 health, 15:00-17:00 closing
  private static final List<AgendaSlot> DAY = List.of(
      new AgendaSlot("intro", true, LocalTime.of(9, 0), LocalTime.of(9, 30)),
      new AgendaSlot("law", true, LocalTime.of(9, 30), LocalTime.of(10, 30)),
      new AgendaSlot("health", true, LocalTime.of(10, 45), LocalTime.of(12, 0)),
      new AgendaSlot("closing", false, LocalTime.of(15, 0), LocalTime.of(17, 0)));

  private static Outcome judge(String arrived, String departed, int grace) {
    return AttendanceRule.judge(DAY, START, END, LocalTime.parse(arrived), departed == null ? null : LocalTime.parse(departed), grace);
  }

  @Test
  void on_time_and_staying_to_the_end_is_present_with_nothing_missed() {
    assertEquals(new Outcome(AttendanceStatus.PRESENT, Set.of()), judge("08:50", null, 10));
    assertEquals(new Outcome(AttendanceStatus.PRESENT, Set.of()), judge("09:00", "17:00", 10));
  }

  @Test
  void arriving_within_the_grace_minutes_is_still_on_time() {
    assertEquals(new Outcome(AttendanceStatus.PRESENT, Set.of()), judge("09:10", null, 10));
  }

  @Test
  void one_minute_beyond_the_grace_is_late_and_misses_the_first_module_only() {
    assertEquals(new Outcome(AttendanceStatus.LATE, Set.of("intro")), judge("09:11", null, 10));
  }

  @Test
  void arriving_during_the_second_module_beyond_its_grace_misses_both_first_modules() {
    assertEquals(new Outcome(AttendanceStatus.LATE, Set.of("intro", "law")), judge("09:41", null, 10));
    assertEquals(new Outcome(AttendanceStatus.LATE, Set.of("intro")), judge("09:40", null, 10), "09:40 is within law's grace");
  }

  @Test
  void leaving_early_misses_the_modules_not_finished() {
    assertEquals(new Outcome(AttendanceStatus.LEFT_EARLY, Set.of("closing")), judge("09:00", "16:49", 10));
    assertEquals(new Outcome(AttendanceStatus.PRESENT, Set.of()), judge("09:00", "16:50", 10));
    assertEquals(new Outcome(AttendanceStatus.LEFT_EARLY, Set.of("health", "closing")), judge("09:00", "11:30", 10));
  }

  @Test
  void late_and_leaving_early_is_late_with_both_ends_missed() {
    assertEquals(new Outcome(AttendanceStatus.LATE, Set.of("intro", "closing")), judge("09:20", "14:00", 10));
  }

  @Test
  void zero_grace_counts_every_minute() {
    assertEquals(new Outcome(AttendanceStatus.LATE, Set.of("intro")), judge("09:01", null, 0));
  }

  @Test
  void someone_who_never_arrived_is_not_judged_by_the_clock() {
    assertThrows(IllegalArgumentException.class, () -> AttendanceRule.judge(DAY, START, END, null, null, 10));
  }
}
