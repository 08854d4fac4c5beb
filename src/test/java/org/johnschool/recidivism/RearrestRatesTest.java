package org.johnschool.recidivism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.johnschool.recidivism.domain.RearrestRates;
import org.johnschool.recidivism.domain.RearrestRates.FollowUp;
import org.johnschool.recidivism.domain.RearrestRates.Rate;
import org.johnschool.recidivism.domain.WilsonInterval;
import org.junit.jupiter.api.Test;

/** Window eligibility: only people observed for the whole window count; events inside the window only. */
class RearrestRatesTest {

  private static final LocalDate END = LocalDate.of(2026, 11, 23);

  @Test
  void a_window_counts_only_people_observed_for_all_of_it() {
    FollowUp old = new FollowUp(LocalDate.of(2023, 1, 10), null, END);          // 46 months observed
    FollowUp recent = new FollowUp(LocalDate.of(2026, 1, 10), null, END);       // 10 months observed
    FollowUp exactly = new FollowUp(LocalDate.of(2025, 11, 23), null, END);     // exactly 12 months
    assertTrue(old.windowPassed(36));
    assertFalse(recent.windowPassed(12));
    assertTrue(recent.windowPassed(6));
    assertTrue(exactly.windowPassed(12), "a window ending on the last observed day has passed");
    assertFalse(exactly.windowPassed(13));
  }

  @Test
  void an_event_counts_in_the_windows_it_falls_in_and_rates_carry_wilson_intervals() {
    List<FollowUp> people = List.of(
        new FollowUp(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 5, 1), END),    // re-arrested at 4 months
        new FollowUp(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 6, 1), END),    // at 17 months
        new FollowUp(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 7, 1), END),    // exactly 6 months: inside
        new FollowUp(LocalDate.of(2022, 1, 1), null, END),
        new FollowUp(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), END));   // 8 months observed: only the 6-month window
    List<Rate> rates = RearrestRates.within(people, List.of(6, 12, 24, 36));
    assertEquals(List.of(5, 4, 4, 4), rates.stream().map(Rate::eligible).toList());
    assertEquals(List.of(3, 2, 3, 3), rates.stream().map(Rate::events).toList());
    WilsonInterval w = WilsonInterval.of(3, 5);
    assertEquals(w.lower(), rates.get(0).lower(), 1e-15);
    assertEquals(0.6, rates.get(0).rate(), 1e-15);
  }

  @Test
  void impossible_follow_ups_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> new FollowUp(LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1), END));
    assertThrows(IllegalArgumentException.class, () -> new FollowUp(END.plusDays(1), null, END));
  }
}
