package org.johnschool.recidivism.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A cohort's measures: re-arrest rates per follow-up window (with Wilson intervals), the Kaplan–Meier curve of each
 * group (one row per distinct event or censoring day, with its 95% band), and the log-rank test between cohort and
 * comparison group. For evaluators, a group or window smaller than the minimum cell size is suppressed: its counts
 * are left out and {@code suppressed} is true; a curve stops where fewer than the minimum remain at risk.
 */
public record CohortReport(CohortRequest definition, LocalDate observedUntil, List<Group> groups, List<Rate> rates, List<Rate> comparisonRates,
    List<SurvivalPoint> survival, LogRankResult logRank, Integer minimumCellSize) implements java.io.Serializable {

  public static final String COHORT = "cohort";
  public static final String COMPARISON = "comparison";

  /** A group's size (absent when suppressed). */
  public record Group(String group, Integer size, boolean suppressed) implements java.io.Serializable {}

  public record Rate(int months, Integer eligible, Integer events, Double rate, Double lower, Double upper, boolean suppressed) implements java.io.Serializable {}

  public record SurvivalPoint(String group, int day, int atRisk, int events, int censored, double survival, Double lower, Double upper) implements java.io.Serializable {}

  public record LogRankResult(double chiSquare, int df, double p) implements java.io.Serializable {}
}
