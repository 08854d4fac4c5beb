package org.johnschool.classday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.johnschool.classday.domain.PairedDifference;
import org.johnschool.classday.domain.PairedDifference.Pair;
import org.johnschool.classday.domain.StudentT;
import org.junit.jupiter.api.Test;

/** The pre/post comparison's arithmetic against published values. */
class PairedDifferenceTest {

  @Test
  void t_quantiles_match_the_printed_tables() {
    assertEquals(12.7062, StudentT.quantile(0.975, 1), 1e-4);
    assertEquals(4.3027, StudentT.quantile(0.975, 2), 1e-4);
    assertEquals(2.5706, StudentT.quantile(0.975, 5), 1e-4);
    assertEquals(2.2281, StudentT.quantile(0.975, 10), 1e-4);
    assertEquals(2.0423, StudentT.quantile(0.975, 30), 1e-4);
    assertEquals(1.9623, StudentT.quantile(0.975, 1000), 1e-4);
    assertEquals(-2.2281, StudentT.quantile(0.025, 10), 1e-4);
    assertEquals(0.5, StudentT.cdf(0, 7), 1e-12);
  }

  @Test
  void the_paired_interval_is_mean_difference_plus_minus_t_times_the_standard_error() {
    // differences 2, 4, 6, 8, 10: mean 6, sd sqrt(10), se sqrt(10)/sqrt(5) = sqrt(2); t(0.975, 4) = 2.776445
    PairedDifference d = PairedDifference.of(List.of(new Pair(50, 52), new Pair(40, 44), new Pair(60, 66), new Pair(30, 38),
        new Pair(70, 80)));
    assertEquals(5, d.n());
    assertEquals(50, d.meanPre(), 1e-12);
    assertEquals(56, d.meanPost(), 1e-12);
    assertEquals(6, d.meanDifference(), 1e-12);
    assertEquals(6 - 2.776445 * Math.sqrt(2), d.lower(), 1e-5);
    assertEquals(6 + 2.776445 * Math.sqrt(2), d.upper(), 1e-5);
  }

  @Test
  void one_pair_has_means_but_no_interval_and_none_has_nothing() {
    PairedDifference one = PairedDifference.of(List.of(new Pair(40, 70)));
    assertEquals(30, one.meanDifference(), 1e-12);
    assertNull(one.lower());
    assertEquals(0, PairedDifference.of(List.of()).n());
  }
}
