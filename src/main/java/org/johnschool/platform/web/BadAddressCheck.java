package org.johnschool.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An address whose parameters a page cannot read ({@code case.xhtml?id=abc}, an id too large for a number) names no
 * record: it answers the "not found" page with status 404. Without this the page's view action is skipped, the page
 * renders without its record and fails with status 500.
 */
public class BadAddressCheck implements PhaseListener {

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.PROCESS_VALIDATIONS;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext fc = event.getFacesContext();
    if (fc.isPostback() || fc.getResponseComplete() || !fc.isValidationFailed()) {
      return;
    }
    try {
      fc.getExternalContext().responseSendError(404, "No such record.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    fc.responseComplete();
  }

  @Override
  public void beforePhase(PhaseEvent event) {
  }
}
