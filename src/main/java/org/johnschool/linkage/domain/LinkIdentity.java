package org.johnschool.linkage.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The identifying facts of one side of a pair — a program person (with aliases) or an arrest record — normalized
 * once for comparison: names as {@link Names#normalize}, identifiers upper case without spaces or dashes.
 */
public record LinkIdentity(long id, List<FullName> names, LocalDate dateOfBirth, String sex, String stateId, String fbiNumber) {

  /** A first and last name, normalized. */
  public record FullName(String first, String last) {}

  public LinkIdentity {
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("an identity has a name");
    }
  }

  public static LinkIdentity of(long id, String first, String last, LocalDate dateOfBirth, String sex, String stateId, String fbiNumber) {
    return new LinkIdentity(id, List.of(new FullName(Names.normalize(first), Names.normalize(last))), dateOfBirth, sex,
        identifier(stateId), identifier(fbiNumber));
  }

  /** The same identity known also by these other names ({@code [first, last]} pairs; a missing first name keeps the main one). */
  public LinkIdentity withAliases(List<String[]> aliases) {
    List<FullName> all = new ArrayList<>(names);
    for (String[] alias : aliases) {
      String first = alias[0] == null || alias[0].isBlank() ? names.get(0).first() : Names.normalize(alias[0]);
      FullName n = new FullName(first, Names.normalize(alias[1]));
      if (!n.last().isEmpty() && !all.contains(n)) {
        all.add(n);
      }
    }
    return new LinkIdentity(id, all, dateOfBirth, sex, stateId, fbiNumber);
  }

  public FullName name() {
    return names.get(0);
  }

  static String identifier(String value) {
    if (value == null) {
      return null;
    }
    String v = value.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    return v.isEmpty() ? null : v;
  }
}
