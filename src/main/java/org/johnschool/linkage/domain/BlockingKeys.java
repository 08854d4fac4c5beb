package org.johnschool.linkage.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.johnschool.linkage.domain.LinkIdentity.FullName;

/**
 * Blocking: only pairs sharing a key are compared, so the work grows with the blocks, not with the product of the
 * two files. A person gets keys for each name: the Soundex code of the last name with the birth year and month, and
 * with month and day; the same for the first name; and the initial of the last name with the whole date of birth. A
 * record gets the same keys for its date of birth and for that date with day and month swapped. One error in the
 * date (a digit of the year, of the day, or a swap) keeps a year-month or a month-day key; a nickname or a typo in
 * one name keeps the other name's keys; both names wrong keeps the initial with the date. A true pair with one error in the name and one in the
 * date (a typo, a nickname, a swap) still shares a key.
 */
public final class BlockingKeys {

  private BlockingKeys() {}

  public static Set<String> ofPerson(LinkIdentity p) {
    Set<String> keys = new LinkedHashSet<>();
    for (FullName n : p.names()) {
      add(keys, n, p.dateOfBirth());
    }
    return keys;
  }

  public static Set<String> ofRecord(LinkIdentity r) {
    Set<String> keys = new LinkedHashSet<>();
    add(keys, r.name(), r.dateOfBirth());
    LocalDate swapped = BirthDateAgreement.swapped(r.dateOfBirth());
    if (swapped != null) {
      add(keys, r.name(), swapped);
    }
    return keys;
  }

  private static void add(Set<String> keys, FullName n, LocalDate dob) {
    String sx = Soundex.of(n.last());
    int yearMonth = dob.getYear() * 100 + dob.getMonthValue();
    int monthDay = dob.getMonthValue() * 100 + dob.getDayOfMonth();
    keys.add("Y" + sx + yearMonth);
    keys.add("M" + sx + monthDay);
    String first = Soundex.of(n.first());
    keys.add("F" + first + yearMonth);
    keys.add("G" + first + monthDay);
    if (!n.last().isEmpty()) {
      keys.add("D" + n.last().charAt(0) + dob);
    }
  }
}
