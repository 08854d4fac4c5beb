package org.johnschool.recidivism.domain;

import java.time.LocalDate;

/** One case in a cohort: its group, index event, and first re-arrest after the index (or null). */
public record CohortMember(OutcomeGroup group, LocalDate index, LocalDate firstRearrest) {}
