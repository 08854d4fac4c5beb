package org.johnschool.recidivism.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an arrest record was for, as the state's extract is mapped on import; a cohort counts re-arrests of one
 * category or of {@link #ANY}. The one list the import, the cohort definition and the page use.
 */
public enum OffenseCategory {
  SEX_BUYING,
  OTHER_SEX_OFFENSE,
  VIOLENT,
  OTHER;

  /** A cohort's filter for re-arrests of every category. */
  public static final String ANY = "ANY";

  /** The categories an arrest record may carry, by name. */
  public static Set<String> names() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
  }

  /** What a cohort may count: ANY, then each category in order. */
  public static List<String> filters() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(ANY), Arrays.stream(values()).map(Enum::name)).toList();
  }
}
