package org.johnschool.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.johnschool.linkage.domain.BirthDateAgreement;
import org.johnschool.linkage.domain.JaroWinkler;
import org.johnschool.linkage.domain.Names;
import org.johnschool.linkage.domain.Nicknames;
import org.johnschool.linkage.domain.Soundex;
import org.junit.jupiter.api.Test;

/** The comparators behind linkage, checked against published values. */
class LinkageComparatorsTest {

  @Test
  void jaro_winkler_agrees_with_the_published_examples() {
    // Winkler (1990) / Census Bureau examples: MARTHA–MARHTA 0.961, DWAYNE–DUANE 0.840, DIXON–DICKSONX 0.813.
    assertEquals(0.961, JaroWinkler.similarity("MARTHA", "MARHTA"), 0.0005);
    assertEquals(0.840, JaroWinkler.similarity("DWAYNE", "DUANE"), 0.0005);
    assertEquals(0.813, JaroWinkler.similarity("DIXON", "DICKSONX"), 0.0005);
    assertEquals(1.0, JaroWinkler.similarity("SMITH", "SMITH"));
    assertEquals(0.0, JaroWinkler.similarity("ABC", "XYZ"));
    assertEquals(0.0, JaroWinkler.similarity("", "SMITH"));
  }

  @Test
  void soundex_codes_surnames_as_the_census_does() {
    assertEquals("R163", Soundex.of("ROBERT"));
    assertEquals("R163", Soundex.of("RUPERT"));
    assertEquals("A261", Soundex.of("ASHCRAFT"), "H between S and C keeps them one code");
    assertEquals("T522", Soundex.of("TYMCZAK"));
    assertEquals("P236", Soundex.of("PFISTER"));
    assertEquals("L000", Soundex.of("LEE"));
  }

  @Test
  void names_are_compared_without_accents_case_or_punctuation() {
    assertEquals("OBRIENRUIZ", Names.normalize(" O'Brien-Ruiz "));
    assertEquals("MUNOZ", Names.normalize("Muñoz"));
    assertEquals("", Names.normalize(null));
  }

  @Test
  void nicknames_stand_for_their_given_names_both_ways() {
    Nicknames n = Nicknames.standard();
    assertTrue(n.same("WILLIAM", "BILL"));
    assertTrue(n.same("BILL", "WILLIAM"));
    assertTrue(n.same("BILL", "WILL"), "two nicknames of one name");
    assertTrue(n.same("FRANCISCO", "PACO"));
    assertFalse(n.same("WILLIAM", "ROBERT"));
  }

  @Test
  void dates_of_birth_agree_exactly_swapped_one_digit_off_or_not() {
    LocalDate d = LocalDate.of(1980, 3, 12);
    assertEquals(BirthDateAgreement.EXACT, BirthDateAgreement.of(d, LocalDate.of(1980, 3, 12)));
    assertEquals(BirthDateAgreement.DAY_MONTH_SWAPPED, BirthDateAgreement.of(d, LocalDate.of(1980, 12, 3)));
    assertEquals(BirthDateAgreement.ONE_DIGIT, BirthDateAgreement.of(d, LocalDate.of(1986, 3, 12)));
    assertEquals(BirthDateAgreement.ONE_DIGIT, BirthDateAgreement.of(d, LocalDate.of(1980, 3, 17)));
    assertEquals(BirthDateAgreement.DIFFERENT, BirthDateAgreement.of(d, LocalDate.of(1981, 4, 12)));
    assertEquals(LocalDate.of(1980, 12, 3), BirthDateAgreement.swapped(d));
    assertNull(BirthDateAgreement.swapped(LocalDate.of(1980, 3, 13)), "no 13th month");
    assertNull(BirthDateAgreement.swapped(LocalDate.of(1980, 5, 5)), "swapping changes nothing");
  }
}
