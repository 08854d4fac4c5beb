package org.johnschool.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;

/**
 * A page whose view the server no longer holds (open too long, or one of too many tabs) was posted:
 * the person is sent to the "page expired" page, which says that what they sent was not saved and
 * links back to the page they were on. A redirect, so it works for Ajax buttons too (an error page
 * reaches only full-page posts, and with status 500).
 */
public final class ExpiredViewHandler extends ExceptionHandlerWrapper {

  private static final String SIGN_IN = "/login.xhtml";

  public ExpiredViewHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    boolean redirected = false;
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
      ViewExpiredException expired = expiredView(events.next().getContext().getException());
      if (expired != null) {
        events.remove();
        if (!redirected) {
          redirectToExpiredPage(expired.getViewId());
          redirected = true;
        }
      }
    }
    getWrapped().handle();
  }

  private static ViewExpiredException expiredView(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ViewExpiredException expired) {
        return expired;
      }
      if (!(c instanceof FacesException)) {
        return null;
      }
    }
    return null;
  }

  /**
   * To the "page expired" page, with the way back to the page the request came from; a sign-in page that was open
   * too long goes straight back to the sign-in page, which says so (nothing was lost but the typing).
   */
  static void redirectToExpiredPage(String viewId) {
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    String root = ec.getRequestContextPath();
    Optional<String> from = RefererPage.of((HttpServletRequest) ec.getRequest());
    String url;
    if (SIGN_IN.equals(viewId)) {
      String page = from.filter(p -> p.startsWith(root + SIGN_IN)).orElse(root + SIGN_IN);
      url = page + (page.contains("?") ? "&" : "?") + "expired=true";
    } else {
      url = root + "/expired.xhtml" + from.map(page -> "?again=" + URLEncoder.encode(page, StandardCharsets.UTF_8)).orElse("");
    }
    try {
      ec.redirect(url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    fc.responseComplete();
  }

  /** Registered in faces-config.xml. */
  public static final class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ExpiredViewHandler(getWrapped().getExceptionHandler());
    }
  }
}
