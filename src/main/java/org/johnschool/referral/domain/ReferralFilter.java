package org.johnschool.referral.domain;

import java.time.LocalDate;

/** What a case list is narrowed to; any part may be null (no limit). */
public record ReferralFilter(ReferralStatus status, String courtCode, LocalDate referredFrom, LocalDate referredTo, String name) {
  public static final ReferralFilter NONE = new ReferralFilter(null, null, null, null, null);
}
