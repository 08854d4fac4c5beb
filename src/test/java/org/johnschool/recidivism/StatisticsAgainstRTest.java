package org.johnschool.recidivism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.johnschool.recidivism.domain.KaplanMeier;
import org.johnschool.recidivism.domain.KaplanMeier.Step;
import org.johnschool.recidivism.domain.LogRank;
import org.johnschool.recidivism.domain.Observation;
import org.johnschool.recidivism.domain.WilsonInterval;
import org.junit.jupiter.api.Test;

/**
 * Kaplan–Meier, the log-rank test and Wilson intervals agree with R's survival package and prop.test on the
 * reference data in src/test/resources/recidivism (how they were made: its README.md).
 */
class StatisticsAgainstRTest {

  private static final double TOLERANCE = 1e-9;

  private static List<String[]> csv(String name) throws IOException {
    try (InputStream in = StatisticsAgainstRTest.class.getResourceAsStream("/recidivism/" + name)) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\r?\\n");
      List<String[]> rows = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        rows.add(Arrays.stream(lines[i].split(",")).map(s -> s.replace("\"", "")).toArray(String[]::new));
      }
      return rows;
    }
  }

  private static List<Observation> group(String g) throws IOException {
    return csv("km-data.csv").stream().filter(r -> r[0].equals(g))
        .map(r -> new Observation(Integer.parseInt(r[1]), r[2].equals("1"))).toList();
  }

  @Test
  void kaplan_meier_steps_and_bands_match_survfit() throws IOException {
    for (String g : List.of("A", "B")) {
      List<Step> steps = KaplanMeier.estimate(group(g));
      List<String[]> expected = csv("km-expected.csv").stream().filter(r -> r[0].equals(g)).toList();
      assertEquals(expected.size(), steps.size(), "one row per distinct day in group " + g);
      for (int i = 0; i < steps.size(); i++) {
        String[] e = expected.get(i);
        Step s = steps.get(i);
        String where = "group " + g + " day " + e[1];
        assertEquals(Integer.parseInt(e[1]), s.day(), where);
        assertEquals(Integer.parseInt(e[2]), s.atRisk(), where);
        assertEquals(Integer.parseInt(e[3]), s.events(), where);
        assertEquals(Integer.parseInt(e[4]), s.censored(), where);
        assertEquals(Double.parseDouble(e[5]), s.survival(), TOLERANCE, where);
        if (e[6].equals("NA")) {
          assertTrue(Double.isNaN(s.lower()), where);
        } else {
          assertEquals(Double.parseDouble(e[6]), s.lower(), TOLERANCE, where);
          assertEquals(Double.parseDouble(e[7]), s.upper(), TOLERANCE, where);
        }
      }
    }
  }

  @Test
  void the_log_rank_statistic_and_p_match_survdiff() throws IOException {
    String[] e = csv("logrank-expected.csv").get(0);
    LogRank test = LogRank.test(group("A"), group("B"));
    assertEquals(Double.parseDouble(e[0]), test.chiSquare(), TOLERANCE);
    assertEquals(1, test.df());
    assertEquals(Double.parseDouble(e[2]), test.p(), TOLERANCE);
    assertEquals(Double.parseDouble(e[3]), test.observedFirst(), TOLERANCE);
    assertEquals(Double.parseDouble(e[4]), test.expectedFirst(), TOLERANCE);
  }

  @Test
  void wilson_intervals_match_prop_test_without_continuity_correction() throws IOException {
    for (String[] e : csv("wilson-expected.csv")) {
      WilsonInterval w = WilsonInterval.of(Integer.parseInt(e[0]), Integer.parseInt(e[1]));
      assertEquals(Double.parseDouble(e[2]), w.lower(), TOLERANCE, e[0] + "/" + e[1]);
      assertEquals(Double.parseDouble(e[3]), w.upper(), TOLERANCE, e[0] + "/" + e[1]);
    }
  }

  @Test
  void identical_groups_give_no_difference_and_nothing_observed_gives_no_interval() {
    List<Observation> same = List.of(new Observation(10, true), new Observation(20, false), new Observation(30, true));
    LogRank t = LogRank.test(same, same);
    assertEquals(0, t.chiSquare(), 1e-12);
    assertEquals(1, t.p(), 1e-12);
    assertTrue(Double.isNaN(WilsonInterval.of(0, 0).rate()));
  }
}
