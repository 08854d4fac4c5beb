package org.johnschool.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.johnschool.linkage.domain.LinkThresholds;
import org.johnschool.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A run's thresholds are checked where they are defined (issue 21: the API checked them itself). */
class LinkThresholdsTest {

  @Test
  void a_threshold_left_out_keeps_its_default() {
    assertEquals(LinkThresholds.DEFAULT, LinkThresholds.of(null, null));
    assertEquals(new LinkThresholds(20, LinkThresholds.DEFAULT.lower()), LinkThresholds.of(20.0, null));
  }

  @Test
  void the_lower_threshold_lies_below_the_upper_one_and_both_within_the_limit() {
    for (double[] t : new double[][] {{10, 10}, {5, 10}, {101, 0}, {0, -101}, {Double.NaN, 0}}) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> LinkThresholds.of(t[0], t[1]));
      assertEquals("lower", e.errors().get(0).field());
    }
  }
}
