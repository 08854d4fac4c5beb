package org.johnschool.linkage.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.johnschool.linkage.domain.LinkIdentity.FullName;

/**
 * Blocking: only pairs sharing a key are compared, so the work grows with the blocks, not with the product of the
 * two files. A person gets keys for each name — Soundex of the last name with the birth year, and with month and
 * day; Soundex of the first name with year and month, and with month and day — and for the exact date of birth; a
 * record gets the same keys for its date of birth and for that date with day and month swapped. (Common first names
 * make big blocks, so the first-name keys carry more of the date than the last-name ones.) A true pair with one error in the name and one in the
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
    keys.add("Y" + sx + dob.getYear());
    keys.add("M" + sx + (dob.getMonthValue() * 100 + dob.getDayOfMonth()));
    String first = Soundex.of(n.first());
    keys.add("F" + first + (dob.getYear() * 100 + dob.getMonthValue()));
    keys.add("G" + first + (dob.getMonthValue() * 100 + dob.getDayOfMonth()));
    keys.add("D" + dob);
  }
}
