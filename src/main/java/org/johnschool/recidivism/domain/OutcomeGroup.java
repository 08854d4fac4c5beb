package org.johnschool.recidivism.domain;

/**
 * Where a case ended, for cohorts. Participants (COMPLETED, FAILED after taking a seat) are followed from their exit
 * date; comparison groups (INELIGIBLE, DECLINED, NEVER_ENROLLED: eligible but failed without ever taking a seat) from
 * their referral date. The same rules in SQL, written once: {@code recidivism/infrastructure/CohortMembers}.
 */
public enum OutcomeGroup {
  COMPLETED(true),
  FAILED(true),
  INELIGIBLE(false),
  DECLINED(false),
  NEVER_ENROLLED(false);

  private final boolean participant;

  OutcomeGroup(boolean participant) {
    this.participant = participant;
  }

  /** Whether the index event is program exit (true) or the referral (false). */
  public boolean participant() {
    return participant;
  }
}
