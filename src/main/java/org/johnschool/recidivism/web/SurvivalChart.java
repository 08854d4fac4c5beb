package org.johnschool.recidivism.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.johnschool.recidivism.application.CohortReport.SurvivalPoint;

/**
 * Draws Kaplan–Meier curves as SVG paths: each group's step function and its 95% band, on axes from day 0 to the
 * last day shown (see the constructor), ticked in months or years, and from the lowest band value (rounded down to a
 * tenth) to 1. Plain SVG, so the page needs no
 * chart library; the numbers are also in the table beside it.
 */
public final class SurvivalChart implements java.io.Serializable {

  public static final int WIDTH = 640;
  public static final int HEIGHT = 300;
  static final int FIVE_YEARS = 1826;

  /** One group's curve: the step line, the band polygon, and its last survival value for the legend. */
  public record Curve(String group, String line, String band, String cssClass) implements java.io.Serializable {}

  /** An axis tick: its position and label. */
  public record Tick(double position, String label) implements java.io.Serializable {}

  private final List<Curve> curves = new ArrayList<>();
  private final List<Tick> xTicks = new ArrayList<>();
  private final List<Tick> yTicks = new ArrayList<>();

  public SurvivalChart(List<SurvivalPoint> all, List<String> groups) {
    this(all, groups, Locale.ROOT);
  }

  /** With the axis numbers written as the page's language writes them ("0,85" in Spanish). */
  public SurvivalChart(List<SurvivalPoint> all, List<String> groups, Locale locale) {
    // The axis ends a little after the last event, but shows at least five years when the data reach that far: a long
    // tail of censoring alone would squeeze the curve against the left edge.
    int lastDay = Math.max(1, all.stream().mapToInt(SurvivalPoint::day).max().orElse(1));
    int lastEvent = all.stream().filter(p -> p.events() > 0).mapToInt(SurvivalPoint::day).max().orElse(lastDay);
    int maxDay = Math.min(lastDay, Math.max((int) (lastEvent * 1.2), FIVE_YEARS));
    List<SurvivalPoint> points = all.stream().filter(p -> p.day() <= maxDay).toList();
    double minY = points.stream().mapToDouble(p -> p.lower() == null ? p.survival() : p.lower()).min().orElse(0.9);
    minY = Math.max(0, Math.floor(Math.min(minY, 0.9) * 10) / 10);
    for (String g : groups) {
      List<SurvivalPoint> ps = points.stream().filter(p -> p.group().equals(g)).toList();
      if (ps.isEmpty()) {
        continue;
      }
      StringBuilder line = new StringBuilder("M0," + fmt(y(1, minY)));
      StringBuilder upper = new StringBuilder("M0," + fmt(y(1, minY)));
      StringBuilder lower = new StringBuilder();
      double s = 1;
      double up = 1;
      double lo = 1;
      List<String> lowerPoints = new ArrayList<>();
      lowerPoints.add("0," + fmt(y(1, minY)));
      for (SurvivalPoint p : ps) {
        double x = x(p.day(), maxDay);
        line.append(" H").append(fmt(x)).append(" V").append(fmt(y(p.survival(), minY)));
        upper.append(" H").append(fmt(x));
        lowerPoints.add(fmt(x) + "," + fmt(y(lo, minY)));
        s = p.survival();
        up = p.upper() == null ? s : p.upper();
        lo = p.lower() == null ? s : p.lower();
        upper.append(" V").append(fmt(y(up, minY)));
        lowerPoints.add(fmt(x) + "," + fmt(y(lo, minY)));
      }
      double end = x(maxDay, maxDay);
      line.append(" H").append(fmt(end));
      upper.append(" H").append(fmt(end));
      lowerPoints.add(fmt(end) + "," + fmt(y(lo, minY)));
      for (int i = lowerPoints.size() - 1; i >= 0; i--) {
        lower.append(" L").append(lowerPoints.get(i));
      }
      curves.add(new Curve(g, line.toString(), upper + lower.toString() + " Z", "curve-" + g));
    }
    // The time axis in months, or in years from a step of a year: people think of follow-up that way, not in days.
    int stepMonths = niceStepInMonths(maxDay);
    inYears = stepMonths >= 12;
    for (int m = 0; m * DAYS_PER_MONTH <= maxDay + 0.5; m += stepMonths) {
      xTicks.add(new Tick(x((int) Math.round(m * DAYS_PER_MONTH), maxDay), Integer.toString(inYears ? m / 12 : m)));
    }
    for (double v = minY; v <= 1.0001; v += (1 - minY) <= 0.3 ? 0.05 : 0.1) {
      yTicks.add(new Tick(y(v, minY), String.format(locale, "%.2f", v)));
    }
    this.lowest = minY;
  }

  /** The average month in days (365.25 / 12), as follow-up windows count it. */
  static final double DAYS_PER_MONTH = 30.4375;

  private static int niceStepInMonths(int maxDay) {
    double months = maxDay / DAYS_PER_MONTH;
    for (int step : new int[] {1, 3, 6, 12, 24, 60}) {
      if (months / step <= 8) {
        return step;
      }
    }
    return 120;
  }

  private boolean inYears;
  private double lowest;

  /** Whether the time axis counts years (else months). */
  public boolean isInYears() {
    return inYears;
  }

  /** The bottom of the vertical axis (its top is 1): the share not re-arrested runs from here. */
  public double getLowest() {
    return lowest;
  }

  private static double x(int day, int maxDay) {
    return (double) day / maxDay * WIDTH;
  }

  private static double y(double survival, double minY) {
    return (1 - (survival - minY) / (1 - minY)) * HEIGHT;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  public List<Curve> getCurves() {
    return curves;
  }

  public List<Tick> getXTicks() {
    return xTicks;
  }

  public List<Tick> getYTicks() {
    return yTicks;
  }
}
