package org.johnschool.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduledRunsTest {

  @Test
  void nodes_whose_clocks_differ_by_less_than_half_a_minute_agree_on_the_slot() {
    Instant slot = Instant.parse("2026-11-23T15:07:00Z");
    for (String firing : new String[] {"2026-11-23T15:06:30.001Z", "2026-11-23T15:06:59.900Z", "2026-11-23T15:07:00Z",
        "2026-11-23T15:07:00.250Z", "2026-11-23T15:07:29.999Z"}) {
      assertEquals(slot, ScheduledRuns.slotOf(Instant.parse(firing)), firing);
    }
    assertEquals(Instant.parse("2026-11-23T15:08:00Z"), ScheduledRuns.slotOf(Instant.parse("2026-11-23T15:07:30Z")));
    assertEquals(Instant.parse("2026-11-23T15:06:00Z"), ScheduledRuns.slotOf(Instant.parse("2026-11-23T15:06:29.999Z")));
  }
}
