package org.johnschool.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.johnschool.platform.NotFoundException;

/**
 * A page whose service refused the read answers as HTTP says: 403 when the role may not (the service's
 * {@code @RolesAllowed}), 404 when the record is not there or out of the caller's scope — never a 500. Ajax
 * requests keep their own handling (a refusal there is a message on the page).
 */
public final class RefusedPageHandler extends ExceptionHandlerWrapper {

  public RefusedPageHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext fc = FacesContext.getCurrentInstance();
    if (fc != null && !fc.getPartialViewContext().isAjaxRequest()) {
      for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
        int status = statusFor(events.next().getContext().getException());
        if (status != 0) {
          events.remove();
          send(fc, status);
        }
      }
    }
    getWrapped().handle();
  }

  static int statusFor(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof EJBAccessException) {
        return 403;
      }
      if (c instanceof NotFoundException) {
        return 404;
      }
    }
    return 0;
  }

  private static void send(FacesContext fc, int status) {
    ExternalContext ec = fc.getExternalContext();
    if (!fc.getResponseComplete() && !ec.isResponseCommitted()) {
      try {
        ec.responseReset();
        ec.responseSendError(status, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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
      return new RefusedPageHandler(getWrapped().getExceptionHandler());
    }
  }
}
