package org.johnschool.referral.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a case list is narrowed to; any part may be null (no limit). */
public record ReferralFilter(ReferralStatus status, String courtCode, LocalDate referredFrom, LocalDate referredTo, String name) {
  public static final ReferralFilter NONE = new ReferralFilter(null, null, null, null, null);

  /** At most this many words of a search count (a name and a case number fit well within it). */
  static final int MAX_WORDS = 5;

  /**
   * The words of the name search, each to be found in the person's first or last name or in the court case number:
   * "Ursula Tourist", "Tourist, Ursula", "rsula" and "24-01" all find Ursula Tourist's case CR-24-0117. Lower case;
   * a % or _ typed is searched for as itself (the repository escapes it in its LIKE pattern).
   */
  public List<String> nameWords() {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[\\s,;]+"))
        .filter(w -> !w.isEmpty()).distinct().limit(MAX_WORDS).toList();
  }
}
