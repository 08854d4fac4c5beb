package org.johnschool.referral.domain;

/** The eligibility rules a program can apply (shared/DOMAIN.md, "Eligibility"). */
public enum EligibilityRule {
  BUYER_OFFENSE,
  NO_TRAFFICKING_CHARGE,
  ADULT,
  FIRST_OFFENSE,
  NO_PRIOR_DIVERSION,
  NOT_REGISTERED_SEX_OFFENDER,
  NO_PENDING_SIMILAR_CHARGE
}
