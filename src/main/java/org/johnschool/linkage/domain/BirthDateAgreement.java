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
    // The eight digits of YYYYMMDD compared one by one (arithmetic: this runs for every pair scored).
    int da = a.getYear() * 10_000 + a.getMonthValue() * 100 + a.getDayOfMonth();
    int db = b.getYear() * 10_000 + b.getMonthValue() * 100 + b.getDayOfMonth();
    int differing = 0;
    for (int i = 0; i < 8 && differing < 2; i++) {
      if (da % 10 != db % 10) {
        differing++;
      }
      da /= 10;
      db /= 10;
    }
    return differing == 1 && da == db ? ONE_DIGIT : DIFFERENT;
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
}
