package org.johnschool.recidivism.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The Kaplan–Meier estimate of the share not re-arrested over time, one row per distinct day with an event or a
 * censoring, with Greenwood's variance and a 95% band on the log scale — the defaults of R's
 * {@code survival::survfit} ({@code conf.type = "log"}). Censoring on a day with events counts those censored
 * as at risk on that day, as usual.
 */
public final class KaplanMeier {

  /** A row of the curve: after {@code day}, S(t) with its band. */
  public record Step(int day, int atRisk, int events, int censored, double survival, double lower, double upper) {}

  private KaplanMeier() {}

  public static List<Step> estimate(List<Observation> observations) {
    TreeMap<Integer, int[]> byDay = new TreeMap<>(); // day -> {events, censored}
    for (Observation o : observations) {
      int[] c = byDay.computeIfAbsent(o.day(), d -> new int[2]);
      c[o.event() ? 0 : 1]++;
    }
    List<Step> steps = new ArrayList<>();
    int atRisk = observations.size();
    double s = 1;
    double greenwood = 0;
    for (var e : byDay.entrySet()) {
      int d = e.getValue()[0];
      int c = e.getValue()[1];
      if (d > 0) {
        s *= 1 - (double) d / atRisk;
        greenwood += atRisk == d ? Double.POSITIVE_INFINITY : (double) d / ((double) atRisk * (atRisk - d));
      }
      double lower;
      double upper;
      if (s == 0 || Double.isInfinite(greenwood)) {
        lower = Double.NaN;
        upper = Double.NaN;
      } else if (greenwood == 0) {
        lower = s;
        upper = s;
      } else {
        double se = Math.sqrt(greenwood);
        lower = s * Math.exp(-WilsonInterval.Z95 * se);
        upper = Math.min(1, s * Math.exp(WilsonInterval.Z95 * se));
      }
      steps.add(new Step(e.getKey(), atRisk, d, c, s, lower, upper));
      atRisk -= d + c;
    }
    return steps;
  }
}
