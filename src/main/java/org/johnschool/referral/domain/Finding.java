package org.johnschool.referral.domain;

/** The result of one eligibility rule for one referral, with the reason in words. */
public record Finding(EligibilityRule rule, boolean met, String detail) {}
