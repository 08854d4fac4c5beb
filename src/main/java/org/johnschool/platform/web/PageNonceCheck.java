package org.johnschool.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import java.util.Objects;

/**
 * A postback must carry its page's Content-Security-Policy nonce (PrimeFaces' scripts add it to every form and
 * Ajax request). PrimeFaces checks it only when it renders the answer, after the action has run: a post without it
 * (scripts off, or not sent by the page) would change data and then fail with status 500. This checks it as soon
 * as the view is restored, before any value is applied, and sends such a post to the "page expired" page, which
 * says that nothing was saved.
 */
public class PageNonceCheck implements PhaseListener {

  /** PrimeFaces' name for the nonce, both in the view and in the request. */
  static final String NONCE = "primefaces.nonce";

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext fc = event.getFacesContext();
    if (!fc.isPostback() || fc.getViewRoot() == null || fc.getResponseComplete()) {
      return;
    }
    Map<String, Object> view = fc.getViewRoot().getViewMap(false);
    Object expected = view == null ? null : view.get(NONCE);
    if (expected != null && !Objects.equals(expected, fc.getExternalContext().getRequestParameterMap().get(NONCE))) {
      ExpiredViewHandler.redirectToExpiredPage(fc.getViewRoot().getViewId());
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {
  }
}
