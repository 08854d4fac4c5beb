package org.johnschool.referral.domain;

/**
 * Why a case failed and went back to court. After the court's deadline a case that did not complete fails as
 * {@link #DEADLINE_MISSED}; before it, only an admin fails it, and only on one of the other grounds.
 */
public enum FailureGround {
  /** The deadline passed without completion. */
  DEADLINE_MISSED,
  /** A new arrest while in the program. */
  NEW_ARREST,
  /** The participant refused to take part (left the class, would not attend, disrupted it). */
  REFUSED_TO_TAKE_PART,
  /** Found ineligible after enrollment (e.g. a record that surfaced later). */
  FOUND_INELIGIBLE;

  /** The ground as an API or a page sends it (empty: none stated); an unknown one is named as the field's error. */
  public static FailureGround parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new org.johnschool.platform.InvalidInputException("ground", org.johnschool.platform.Phrase.of("completion.fail.ground.unknown", text));
    }
  }

  /** Whether this ground allows a failure before the deadline. */
  public boolean beforeDeadline() {
    return this != DEADLINE_MISSED;
  }
}
