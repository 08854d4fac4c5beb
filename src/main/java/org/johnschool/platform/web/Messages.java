package org.johnschool.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.FieldError;

/** Page messages from the bundle, and domain refusals shown next to the fields they name. */
public final class Messages {

  private Messages() {}

  public static String text(String key, Object... args) {
    FacesContext fc = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle("org.johnschool.i18n.messages", fc.getViewRoot().getLocale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return args.length == 0 ? bundle.getString(key) : new MessageFormat(bundle.getString(key), fc.getViewRoot().getLocale()).format(args);
  }

  public static void info(String key, Object... args) {
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    fc.getExternalContext().getFlash().setKeepMessages(true);
  }

  public static void error(String key, Object... args) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
  }

  /**
   * Shows a refusal: each field error beside its input (client ids are given by {@code fieldIds},
   * keyed by the field names the domain uses), the rest at the top of the page.
   */
  public static void refused(BusinessException e, java.util.function.Function<String, String> fieldIds) {
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.validationFailed();
    List<FieldError> errors = e.errors();
    if (errors.isEmpty()) {
      fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      return;
    }
    for (FieldError error : errors) {
      String clientId = fieldIds.apply(error.field());
      fc.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.field() + ": " + error.message(), error.message()));
    }
  }
}
