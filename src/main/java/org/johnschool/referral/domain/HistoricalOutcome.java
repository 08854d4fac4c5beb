package org.johnschool.referral.domain;

/**
 * What became of a case in a program's old records (the historical import). It decides the closed status the case
 * takes here, so an imported case never enters scheduling or fees.
 */
public enum HistoricalOutcome {
  COMPLETED,
  FAILED,
  INELIGIBLE,
  DECLINED;

  /** Whether the old records must say when the case ended (completed and failed cases). */
  public boolean needsExitDate() {
    return this == COMPLETED || this == FAILED;
  }

  /** The case's status here: a completion the court dismissed is DISMISSED; a declined or failed case went back to court. */
  public ReferralStatus status(DispositionCategory disposition) {
    return switch (this) {
      case COMPLETED -> disposition == DispositionCategory.DISMISSED ? ReferralStatus.DISMISSED : ReferralStatus.COMPLETED;
      case INELIGIBLE -> ReferralStatus.INELIGIBLE;
      case FAILED, DECLINED -> ReferralStatus.RETURNED_TO_COURT;
    };
  }

  public EligibilityResult screeningResult() {
    return this == INELIGIBLE ? EligibilityResult.INELIGIBLE : EligibilityResult.ELIGIBLE;
  }
}
