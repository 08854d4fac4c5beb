/**
 * Recidivism follow-up (issue 6): arrest records, record linkage, cohorts and their measures. So far the
 * statistics: re-arrest rates with Wilson intervals, Kaplan–Meier survival with confidence bands and the
 * log-rank test, checked against R's survival package (see src/test/resources/recidivism/README.md).
 */
package org.johnschool.recidivism;
