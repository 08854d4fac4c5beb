package org.johnschool.referral.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a referral stands; {@link #canBecome} is the lifecycle every change must follow. */
public enum ReferralStatus {
  REFERRED,
  ELIGIBLE,
  INELIGIBLE,
  ENROLLED,
  COMPLETED,
  FAILED,
  RETURNED_TO_COURT,
  DISMISSED;

  private static final Map<ReferralStatus, Set<ReferralStatus>> NEXT =
      Map.of(
          REFERRED, EnumSet.of(ELIGIBLE, INELIGIBLE),
          // An override may turn one screening result into the other.
          ELIGIBLE, EnumSet.of(INELIGIBLE, ENROLLED, FAILED),
          INELIGIBLE, EnumSet.of(ELIGIBLE, RETURNED_TO_COURT),
          ENROLLED, EnumSet.of(COMPLETED, FAILED, ELIGIBLE),
          COMPLETED, EnumSet.of(DISMISSED),
          FAILED, EnumSet.of(RETURNED_TO_COURT),
          RETURNED_TO_COURT, EnumSet.noneOf(ReferralStatus.class),
          DISMISSED, EnumSet.noneOf(ReferralStatus.class));

  public boolean canBecome(ReferralStatus next) {
    return NEXT.get(this).contains(next);
  }
}
