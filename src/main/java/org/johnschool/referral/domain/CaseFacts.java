package org.johnschool.referral.domain;

import java.time.LocalDate;

/** The few facts of a case that rosters, enrollment and notices need, read without loading the whole referral. */
public record CaseFacts(long id, ReferralStatus status, LocalDate deadline, String preferredLanguage, String courtCaseNumber, String firstName,
    String middleName, String lastName, String email, java.time.Instant sealedAt) {}
