package org.johnschool.recidivism.domain;

import java.time.LocalDate;
import java.time.Period;

/** Age at the index event, in the bands evaluators report (BJS-style). */
public enum AgeBand {
  UNDER_25("18–24", 0, 24),
  AGE_25_34("25–34", 25, 34),
  AGE_35_44("35–44", 35, 44),
  AGE_45_54("45–54", 45, 54),
  AGE_55_PLUS("55+", 55, 200);

  private final String label;
  private final int from;
  private final int to;

  AgeBand(String label, int from, int to) {
    this.label = label;
    this.from = from;
    this.to = to;
  }

  public String label() {
    return label;
  }

  /**
   * The band a definition names, by its label ("25–34", also with a hyphen, "25-34") or its name ("AGE_25_34"); empty
   * for anything else. The API, the saved cohorts and the page read bands with this one reading.
   */
  public static java.util.Optional<AgeBand> parse(String text) {
    if (text == null) {
      return java.util.Optional.empty();
    }
    String t = text.trim().replace('–', '-').replace(" ", "");
    for (AgeBand b : values()) {
      if (b.label.replace('–', '-').equals(t) || b.name().equalsIgnoreCase(t)) {
        return java.util.Optional.of(b);
      }
    }
    return java.util.Optional.empty();
  }

  public static AgeBand at(LocalDate birth, LocalDate index) {
    int age = Period.between(birth, index).getYears();
    for (AgeBand b : values()) {
      if (age >= b.from && age <= b.to) {
        return b;
      }
    }
    return UNDER_25;
  }
}
