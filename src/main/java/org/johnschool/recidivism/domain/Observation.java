package org.johnschool.recidivism.domain;

/** One person's follow-up: days from the index event to the first re-arrest ({@code event}) or to the end of observed data (censored). */
public record Observation(int day, boolean event) {

  public Observation {
    if (day < 0) {
      throw new IllegalArgumentException("Follow-up days are zero or more.");
    }
  }
}
