package org.johnschool.recidivism.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.recidivism.domain.AgeBand;
import org.johnschool.recidivism.domain.CohortDefinition;
import org.johnschool.recidivism.domain.OutcomeGroup;

/**
 * A cohort definition as evaluators' tools send it (text throughout, so a wrong value gets an error naming the
 * field): {@code {"indexFrom":"2020-01-01","indexTo":"2022-12-31","courts":["SF-SUP"],"outcomeGroups":["COMPLETED"],
 * "ageBands":["25-34"],"offenseCategory":"SEX_BUYING","comparisonGroups":["INELIGIBLE","NEVER_ENROLLED"]}}.
 */
public record CohortRequest(String indexFrom, String indexTo, List<String> courts, List<String> outcomeGroups, List<String> ageBands,
    String offenseCategory, List<String> comparisonGroups) implements java.io.Serializable {

  public static CohortRequest of(CohortDefinition d) {
    return new CohortRequest(d.indexFrom().toString(), d.indexTo().toString(), d.courts(), d.outcomeGroups().stream().map(Enum::name).toList(),
        d.ageBands().stream().map(AgeBand::label).toList(), d.offenseCategory(), d.comparisonGroups().stream().map(Enum::name).toList());
  }

  public CohortDefinition toDefinition() {
    List<FieldError> errors = new ArrayList<>();
    LocalDate from = date(indexFrom, "indexFrom", errors);
    LocalDate to = date(indexTo, "indexTo", errors);
    List<OutcomeGroup> groups = groups(outcomeGroups, "outcomeGroups", errors);
    List<OutcomeGroup> comparison = groups(comparisonGroups, "comparisonGroups", errors);
    List<AgeBand> bands = new ArrayList<>();
    for (String b : ageBands == null ? List.<String>of() : ageBands) {
      AgeBand band = band(b);
      if (band == null) {
        errors.add(new FieldError("ageBands", Phrase.of("cohort.ageBand.unknown", b)));
      } else {
        bands.add(band);
      }
    }
    if (!errors.isEmpty()) {
      for (FieldError e : CohortDefinition.check(from, to, offenseCategory)) {
        if (errors.stream().noneMatch(x -> x.field().equals(e.field()))) {
          errors.add(e);
        }
      }
      throw new InvalidInputException(errors);
    }
    return new CohortDefinition(from, to, courts, groups, bands, offenseCategory, comparison);
  }

  private static AgeBand band(String text) {
    return AgeBand.parse(text).orElse(null);
  }

  private static LocalDate date(String text, String field, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(text.trim());
      if (d.getYear() < 1900 || d.getYear() > 2200) {
        errors.add(new FieldError(field, Phrase.of("cohort.date.range", text)));
        return null;
      }
      return d;
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, Phrase.of("input.date.invalid", text)));
      return null;
    }
  }

  private static List<OutcomeGroup> groups(List<String> names, String field, List<FieldError> errors) {
    List<OutcomeGroup> groups = new ArrayList<>();
    for (String n : names == null ? List.<String>of() : names) {
      try {
        groups.add(OutcomeGroup.valueOf(n.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException | NullPointerException e) {
        errors.add(new FieldError(field, Phrase.of("cohort.group.unknown", n)));
      }
    }
    return groups;
  }
}
