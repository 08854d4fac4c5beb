package org.johnschool.recidivism.domain;

import java.util.List;
import java.util.TreeMap;

/**
 * The log-rank test of two groups' survival (as R's {@code survival::survdiff} with rho = 0): observed versus
 * expected events in the first group summed over the distinct event days, with the hypergeometric variance;
 * chi-square with one degree of freedom.
 */
public record LogRank(double chiSquare, int df, double p, double observedFirst, double expectedFirst) {

  public static LogRank test(List<Observation> first, List<Observation> second) {
    TreeMap<Integer, int[]> days = new TreeMap<>(); // day -> {events first, leaving first, events second, leaving second}
    for (Observation o : first) {
      int[] c = days.computeIfAbsent(o.day(), d -> new int[4]);
      c[0] += o.event() ? 1 : 0;
      c[1]++;
    }
    for (Observation o : second) {
      int[] c = days.computeIfAbsent(o.day(), d -> new int[4]);
      c[2] += o.event() ? 1 : 0;
      c[3]++;
    }
    double n1 = first.size();
    double n2 = second.size();
    double observed = 0;
    double expected = 0;
    double variance = 0;
    for (int[] c : days.values()) {
      double d = c[0] + c[2];
      double n = n1 + n2;
      if (d > 0 && n > 0) {
        observed += c[0];
        expected += d * n1 / n;
        if (n > 1) {
          variance += d * (n1 / n) * (n2 / n) * (n - d) / (n - 1);
        }
      }
      n1 -= c[1];
      n2 -= c[3];
    }
    double chi = variance == 0 ? 0 : (observed - expected) * (observed - expected) / variance;
    return new LogRank(chi, 1, ChiSquare.upperTail(chi, 1), observed, expected);
  }
}
