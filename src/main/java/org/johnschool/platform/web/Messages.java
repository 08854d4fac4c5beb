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

  /** The page's language. */
  public static java.util.Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
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
   * Shows a refusal: each field error beside its input, which is marked invalid (client ids are given by
   * {@code fieldIds}, keyed by the field names the domain uses), and in the page's error summary under the input's
   * label ({@link ErrorSummary}); errors of no field, or of a field not on the page, at the top of the page.
   */
  public static void refused(BusinessException e, java.util.function.Function<String, String> fieldIds) {
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.validationFailed();
    java.util.Locale locale = fc.getViewRoot() == null ? fc.getApplication().getDefaultLocale() : fc.getViewRoot().getLocale();
    List<FieldError> errors = e.errors();
    if (errors.isEmpty()) {
      fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.messageIn(locale), null));
      return;
    }
    for (FieldError error : errors) {
      String clientId = fieldIds.apply(error.field());
      String label = clientId == null ? null : markInvalid(fc, clientId);
      String message = error.message(locale);
      if (label == null) {
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
      } else {
        String summary = label.isBlank() ? message : label + ": " + message;
        fc.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, message));
      }
    }
  }

  /**
   * Marks the input with this client id invalid (its {@code aria-invalid} then says so) and gives its label (the
   * component's {@code label} attribute, blank when it has none); null when the page has no such input.
   */
  private static String markInvalid(FacesContext fc, String clientId) {
    String[] label = {null};
    try {
      fc.getViewRoot().invokeOnComponent(fc, clientId, (context, component) -> {
        if (component instanceof jakarta.faces.component.UIInput input) {
          input.setValid(false);
        }
        Object text = component.getAttributes().get("label");
        label[0] = text == null ? "" : text.toString().replaceAll("\\s*\\*$", "");
      });
    } catch (jakarta.faces.FacesException notFound) {
      return null;
    }
    return label[0];
  }
}
