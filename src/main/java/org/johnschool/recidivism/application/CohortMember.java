package org.johnschool.recidivism.application;

import java.time.LocalDate;
import org.johnschool.recidivism.domain.OutcomeGroup;

/** One case in a cohort: its group, index event, and first re-arrest after the index (or null). */
record CohortMember(OutcomeGroup group, LocalDate index, LocalDate firstRearrest) {}
