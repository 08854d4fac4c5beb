package org.johnschool.recidivism.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-arrest rates within fixed follow-up windows (6, 12, 24, 36 months…): only people whose whole window lies
 * within the observed data count (the others are not yet eligible for that window); an event is a first
 * re-arrest after the index event and no later than the window's end. Each rate comes with its 95% Wilson
 * interval.
 */
public final class RearrestRates {

  /** One person's follow-up: the index event, the first re-arrest after it (or null), and the end of observed data. */
  public record FollowUp(LocalDate index, LocalDate firstRearrest, LocalDate observedUntil) {

    public FollowUp {
      if (index == null || observedUntil == null || observedUntil.isBefore(index)) {
        throw new IllegalArgumentException("Observation ends on or after the index event.");
      }
      if (firstRearrest != null && !firstRearrest.isAfter(index)) {
        throw new IllegalArgumentException("A re-arrest counts only after the index event.");
      }
    }

    /** Whether the whole window of so many months has been observed. */
    public boolean windowPassed(int months) {
      return !index.plusMonths(months).isAfter(observedUntil);
    }

    /** Whether the first re-arrest falls within the window. */
    public boolean rearrestedWithin(int months) {
      return firstRearrest != null && !firstRearrest.isAfter(index.plusMonths(months));
    }
  }

  /** A window's rate: {@code eligible} people observed for the whole window, {@code events} of them re-arrested in it. */
  public record Rate(int months, int eligible, int events, double rate, double lower, double upper) {}

  private RearrestRates() {}

  public static List<Rate> within(List<FollowUp> people, List<Integer> windows) {
    List<Rate> rates = new ArrayList<>();
    for (int months : windows) {
      int eligible = 0;
      int events = 0;
      for (FollowUp f : people) {
        if (f.windowPassed(months)) {
          eligible++;
          if (f.rearrestedWithin(months)) {
            events++;
          }
        }
      }
      WilsonInterval w = WilsonInterval.of(events, eligible);
      rates.add(new Rate(months, eligible, events, w.rate(), w.lower(), w.upper()));
    }
    return rates;
  }
}
