package org.johnschool.linkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated linkage test set with the truth known: persons (as docket rows) and arrest records, some of them the
 * same people written with the errors real records carry — nicknames, transposed letters, day and month swapped,
 * one digit off, each field erring independently — and the rest other people, among them namesakes born on other
 * days.
 */
final class LinkageTestSet {

  static final String[][] GIVEN = {{"William", "Bill"}, {"Robert", "Bob"}, {"Richard", "Rick"}, {"James", "Jim"}, {"Michael", "Mike"},
      {"Thomas", "Tom"}, {"Joseph", "Joe"}, {"Daniel", "Danny"}, {"Anthony", "Tony"}, {"Christopher", "Chris"}, {"Francisco", "Paco"},
      {"Jose", "Pepe"}, {"Steven", "Steve"}, {"Edward", "Eddie"}, {"Kenneth", "Ken"}, {"Matthew", "Matt"}, {"Charles", "Chuck"},
      {"Samuel", "Sam"}, {"Gregory", "Greg"}, {"Timothy", "Tim"}, {"Kevin", "Kevin"}, {"Brian", "Brian"}, {"Jason", "Jason"},
      {"Luis", "Luis"}, {"Carlos", "Carlos"}, {"Miguel", "Miguel"}, {"Juan", "Juan"}, {"Eric", "Eric"}, {"Scott", "Scott"}, {"Wei", "Wei"}};
  static final String[] FAMILY = {"Anderson", "Baker", "Castillo", "Delgado", "Evans", "Fernandez", "Gallagher", "Hernandez", "Ibarra",
      "Jackson", "Kowalski", "Lindqvist", "Martinez", "Nguyen", "Okafor", "Patel", "Quintero", "Robinson", "Schneider", "Thompson",
      "Underwood", "Valenzuela", "Washington", "Yamamoto", "Zielinski", "Abernathy", "Bertrand", "Chandler", "Donnelly", "Esposito",
      "Fitzgerald", "Gutierrez", "Hoffmann", "Iverson", "Jefferson", "Kaminski", "Lancaster", "Montgomery", "Novak", "Oliveira"};

  record Person(String caseNumber, String first, String last, LocalDate dob) {}

  record Record(String sourceId, String first, String last, LocalDate dob, String trueCaseNumber) {}

  final List<Person> persons = new ArrayList<>();
  final List<Record> records = new ArrayList<>();
  final Map<String, String> truth = new HashMap<>(); // record source id -> case number of its person

  LinkageTestSet(String prefix, int persons, int trueRecords, int otherRecords, long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < persons; i++) {
      String[] given = GIVEN[random.nextInt(GIVEN.length)];
      String family = FAMILY[random.nextInt(FAMILY.length)] + (random.nextInt(3) == 0 ? "-" + FAMILY[random.nextInt(FAMILY.length)] : "");
      this.persons.add(new Person(prefix + "P" + i, given[0], family, birthDate(random)));
    }
    for (int i = 0; i < trueRecords; i++) {
      Person p = this.persons.get(i % persons);
      String first = p.first();
      String last = p.last();
      LocalDate dob = p.dob();
      // Each field errs independently (at most two fields per record): a nickname for one in four, two letters of the
      // last name transposed for one in seven, day and month swapped or one digit off for one in twelve each. About
      // half the true records carry an error; the combination a person must review (a typo in the last name and a
      // digit off in the date, which at scale is as often chance) comes about once in a hundred.
      int erred = 0;
      {
        if (random.nextInt(4) == 0 && !nickname(first).equals(first)) {
          first = nickname(first);
          erred++;
        }
        if (random.nextInt(7) == 0) {
          last = transpose(last, random);
          erred++;
        }
        int date = random.nextInt(12);
        if (erred < 2 && date == 0 && dob.getDayOfMonth() <= 12 && dob.getDayOfMonth() != dob.getMonthValue()) {
          dob = LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue());
          erred++;
        } else if (erred < 2 && date == 1) {
          dob = oneDigitOff(dob);
          erred++;
        }
      }
      Record r = new Record(prefix + "T" + i, first, last, dob, p.caseNumber());
      records.add(r);
      truth.put(r.sourceId(), p.caseNumber());
    }
    for (int i = 0; i < otherRecords; i++) {
      String first;
      String last;
      if (i % 5 == 0) { // a namesake of a person, born on another day
        Person p = this.persons.get(random.nextInt(persons));
        first = p.first();
        last = p.last();
      } else {
        first = GIVEN[random.nextInt(GIVEN.length)][0];
        last = FAMILY[random.nextInt(FAMILY.length)] + "son";
      }
      records.add(new Record(prefix + "O" + i, first, last, birthDate(random), null));
    }
  }

  private static LocalDate birthDate(Random random) {
    return LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
  }

  /** The last digit of the day changed by one (28 becomes 27, 9 becomes 8, otherwise one more). */
  private static LocalDate oneDigitOff(LocalDate d) {
    int day = d.getDayOfMonth();
    return d.withDayOfMonth(day % 10 == 9 || day == 28 ? day - 1 : day + 1);
  }

  private static String nickname(String first) {
    for (String[] g : GIVEN) {
      if (g[0].equals(first)) {
        return g[1];
      }
    }
    return first;
  }

  /** Two neighbouring letters swapped (not the first, which a clerk rarely gets wrong). */
  private static String transpose(String name, Random random) {
    int at = 1 + random.nextInt(name.length() - 2);
    char[] c = name.toCharArray();
    char t = c[at];
    c[at] = c[at + 1];
    c[at + 1] = t;
    return new String(c);
  }
}
