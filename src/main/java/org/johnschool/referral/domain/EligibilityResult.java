package org.johnschool.referral.domain;

/** The outcome of eligibility screening, by the rules or by a coordinator's override. */
public enum EligibilityResult {
  ELIGIBLE,
  INELIGIBLE;

  public ReferralStatus status() {
    return this == ELIGIBLE ? ReferralStatus.ELIGIBLE : ReferralStatus.INELIGIBLE;
  }
}
