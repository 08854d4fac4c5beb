package org.johnschool.scheduling.application;

import java.util.List;
import java.util.Locale;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.Phrase;
import org.johnschool.scheduling.domain.EnrollmentWarning;

/** The enrollment needs the coordinator's confirmation (confirmWarnings: true); nothing was changed. */
public class WarningsToConfirmException extends BusinessException {

  private final List<EnrollmentWarning> warnings;
  private final List<Phrase> explanations;

  public WarningsToConfirmException(List<EnrollmentWarning> warnings, List<Phrase> explanations) {
    super("Confirm to go ahead: " + String.join(" ", explanations.stream().map(Phrase::english).toList()));
    this.warnings = List.copyOf(warnings);
    this.explanations = List.copyOf(explanations);
  }

  public List<EnrollmentWarning> warnings() {
    return warnings;
  }

  /** What each warning means, in English (the API). */
  public List<String> explanations() {
    return explanations(Locale.ROOT);
  }

  /** What each warning means, in this language (a page). */
  public List<String> explanations(Locale locale) {
    return explanations.stream().map(p -> p.in(locale)).toList();
  }
}
