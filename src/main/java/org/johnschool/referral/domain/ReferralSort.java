package org.johnschool.referral.domain;

/** Orders of a case list, each but the court's backed by an index. */
public enum ReferralSort {
  REFERRAL_DATE("r.referralDate"),
  DEADLINE("r.deadline"),
  STATUS("r.status"),
  COURT_CASE_NUMBER("r.courtCaseNumber"),
  LAST_NAME("p.lastName"),
  /** By court code: a program has a handful of courts, so this sorts within the program's cases. */
  COURT("c.code");

  public final String path;

  ReferralSort(String path) {
    this.path = path;
  }
}
