package org.johnschool.referral.application;

/** What a stored docket file added. */
public record ImportSummary(long imported, long eligible, long ineligible) {}
