package org.johnschool.recidivism.application;

import java.time.LocalDate;
import org.johnschool.recidivism.domain.AgeBand;
import org.johnschool.recidivism.domain.OutcomeGroup;

/** One case in a cohort: its group, index event, court, age band, and first re-arrest after the index (or null). */
record CohortMember(long referralId, long personId, OutcomeGroup group, LocalDate index, String court, AgeBand ageBand, LocalDate firstRearrest) {}
