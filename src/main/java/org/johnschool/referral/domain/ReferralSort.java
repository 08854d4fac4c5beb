package org.johnschool.referral.domain;

/** Orders of a case list, each backed by an index. */
public enum ReferralSort {
  REFERRAL_DATE("r.referralDate"),
  DEADLINE("r.deadline"),
  STATUS("r.status"),
  COURT_CASE_NUMBER("r.courtCaseNumber"),
  LAST_NAME("p.lastName");

  public final String path;

  ReferralSort(String path) {
    this.path = path;
  }
}
