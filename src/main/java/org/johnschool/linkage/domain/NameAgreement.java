package org.johnschool.linkage.domain;

/** How two names agree, strongest first: the same, nicknames of one another, similar by Jaro–Winkler, only the initial, or not at all. */
public enum NameAgreement {
  EXACT,
  NICKNAME,
  SIMILAR,
  PARTLY_SIMILAR,
  INITIAL,
  DIFFERENT;

  /** Jaro–Winkler at or above this is a likely typo of the same name. */
  static final double SIMILAR_AT = 0.94;
  /** At or above this, the names share much (a transposition, a dropped syllable). */
  static final double PARTLY_SIMILAR_AT = 0.88;

  /** How two last names agree, given their Jaro–Winkler similarity {@code jw}. */
  static NameAgreement ofLastNames(String a, String b, double jw) {
    if (a.equals(b)) {
      return EXACT;
    }
    return bySimilarity(jw);
  }

  /** How two first names agree, given their Jaro–Winkler similarity {@code jw}. */
  static NameAgreement ofFirstNames(String a, String b, double jw, Nicknames nicknames) {
    if (a.equals(b)) {
      return EXACT;
    }
    if (nicknames.same(a, b)) {
      return NICKNAME;
    }
    NameAgreement similar = bySimilarity(jw);
    if (similar == DIFFERENT && !a.isEmpty() && !b.isEmpty() && (a.length() == 1 || b.length() == 1) && a.charAt(0) == b.charAt(0)) {
      return INITIAL;
    }
    return similar;
  }

  private static NameAgreement bySimilarity(double jw) {
    if (jw >= SIMILAR_AT) {
      return SIMILAR;
    }
    return jw >= PARTLY_SIMILAR_AT ? PARTLY_SIMILAR : DIFFERENT;
  }
}
