package org.johnschool.recidivism.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;

/**
 * Who a cohort holds: index events in [{@code indexFrom}, {@code indexTo}], at these courts (codes; none = all), in
 * these outcome groups (none = participants, COMPLETED and FAILED) and age bands (none = all); re-arrests counted in
 * one offense category (ANY or one of the four). An optional comparison group takes the same period, courts and
 * ages with other outcome groups.
 */
public record CohortDefinition(LocalDate indexFrom, LocalDate indexTo, List<String> courts, List<OutcomeGroup> outcomeGroups,
    List<AgeBand> ageBands, String offenseCategory, List<OutcomeGroup> comparisonGroups) {

  public static final Set<String> OFFENSE_CATEGORIES = Set.copyOf(OffenseCategory.filters());
  public static final List<Integer> WINDOWS = List.of(6, 12, 24, 36);

  public CohortDefinition {
    courts = courts == null ? List.of() : courts.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).distinct().toList();
    outcomeGroups = outcomeGroups == null || outcomeGroups.isEmpty() ? List.of(OutcomeGroup.COMPLETED, OutcomeGroup.FAILED)
        : List.copyOf(EnumSet.copyOf(outcomeGroups));
    ageBands = ageBands == null ? List.of() : List.copyOf(ageBands.isEmpty() ? List.of() : EnumSet.copyOf(ageBands));
    offenseCategory = offenseCategory == null || offenseCategory.isBlank() ? OffenseCategory.ANY : offenseCategory.trim().toUpperCase(Locale.ROOT);
    comparisonGroups = comparisonGroups == null || comparisonGroups.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(comparisonGroups));
    List<FieldError> errors = check(indexFrom, indexTo, offenseCategory);
    for (OutcomeGroup g : comparisonGroups) {
      if (outcomeGroups.contains(g)) {
        errors.add(new FieldError("comparisonGroups", g + " is already in the cohort; a comparison group takes other outcome groups."));
      }
    }
    if (courts.size() > 200) {
      errors.add(new FieldError("courts", Phrase.of("cohort.courts.tooMany")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** The problems of the period and the offense category (also for a request whose other fields are wrong). */
  public static List<FieldError> check(LocalDate indexFrom, LocalDate indexTo, String offenseCategory) {
    List<FieldError> errors = new ArrayList<>();
    if (indexFrom == null) {
      errors.add(new FieldError("indexFrom", Phrase.of("cohort.indexFrom")));
    }
    if (indexTo == null) {
      errors.add(new FieldError("indexTo", Phrase.of("cohort.indexTo")));
    }
    if (indexFrom != null && indexTo != null && indexTo.isBefore(indexFrom)) {
      errors.add(new FieldError("indexTo", Phrase.of("cohort.period.order")));
    }
    String category = offenseCategory == null || offenseCategory.isBlank() ? OffenseCategory.ANY : offenseCategory.trim().toUpperCase(Locale.ROOT);
    if (!OFFENSE_CATEGORIES.contains(category)) {
      errors.add(new FieldError("offenseCategory", Phrase.of("cohort.offenseCategory")));
    }
    return errors;
  }

  public boolean hasComparison() {
    return !comparisonGroups.isEmpty();
  }
}
