package org.johnschool.scheduling.application;

import java.util.List;
import org.johnschool.platform.BusinessException;
import org.johnschool.scheduling.domain.EnrollmentWarning;

/** The enrollment needs the coordinator's confirmation (confirmWarnings: true); nothing was changed. */
public class WarningsToConfirmException extends BusinessException {

  private final List<EnrollmentWarning> warnings;
  private final List<String> explanations;

  public WarningsToConfirmException(List<EnrollmentWarning> warnings, List<String> explanations) {
    super("Confirm to go ahead: " + String.join(" ", explanations));
    this.warnings = List.copyOf(warnings);
    this.explanations = List.copyOf(explanations);
  }

  public List<EnrollmentWarning> warnings() {
    return warnings;
  }

  public List<String> explanations() {
    return explanations;
  }
}
