package org.johnschool.referral.domain;

import java.time.LocalDate;

/** One case as a program's old records tell it: the court case, when it was referred, how it ended and the court's disposition. */
public record HistoricalCase(String courtCaseNumber, LocalDate referralDate, HistoricalOutcome outcome, LocalDate exitDate,
    DispositionCategory disposition, LocalDate dispositionDate) {}
