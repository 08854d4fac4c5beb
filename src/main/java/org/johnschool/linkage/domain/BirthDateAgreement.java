package org.johnschool.linkage.domain;

import java.time.LocalDate;

/** How two dates of birth agree: the same; day and month swapped; one digit off (a typo); or not at all. */
public enum BirthDateAgreement {
  EXACT,
  DAY_MONTH_SWAPPED,
  ONE_DIGIT,
  DIFFERENT;

  public static BirthDateAgreement of(LocalDate a, LocalDate b) {
    if (a.equals(b)) {
      return EXACT;
    }
    if (a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth() && a.getDayOfMonth() == b.getMonthValue()) {
      return DAY_MONTH_SWAPPED;
    }
    String da = digits(a);
    String db = digits(b);
    int differing = 0;
    for (int i = 0; i < da.length(); i++) {
      if (da.charAt(i) != db.charAt(i)) {
        differing++;
      }
    }
    return differing == 1 ? ONE_DIGIT : DIFFERENT;
  }

  /** The date with day and month swapped, when that is a date and differs from it. */
  public static LocalDate swapped(LocalDate date) {
    if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
      return null;
    }
    try {
      return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static String digits(LocalDate d) {
    return String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }
}
