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

  /** A text of the messages bundle in this language. */
  public static String textIn(java.util.Locale locale, String key) {
    return ResourceBundle.getBundle("org.johnschool.i18n.messages", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
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
          keepTyped(context, input);
        }
        Object text = component.getAttributes().get("label");
        label[0] = text == null ? "" : text.toString().replaceAll("\\s*\\*$", "");
      });
    } catch (jakarta.faces.FacesException notFound) {
      return null;
    }
    return label[0];
  }

  /**
   * An input the domain refused shows again what the person typed (its value in the bean, as the page writes it).
   * Without this it came back empty: with INTERPRET_EMPTY_STRING_SUBMITTED_VALUES_AS_NULL (web.xml) an invalid input
   * with no submitted value answers "" as its submitted value (Faces' UIInput), and that is what is drawn.
   */
  private static void keepTyped(FacesContext fc, jakarta.faces.component.UIInput input) {
    if (input instanceof jakarta.faces.component.UISelectMany) {
      return;
    }
    jakarta.el.ValueExpression bound = input.getValueExpression("value");
    Object value = bound == null ? input.getValue() : bound.getValue(fc.getELContext());
    jakarta.faces.convert.Converter<Object> converter = input.getConverter();
    String shown = value == null ? "" : converter != null ? converter.getAsString(fc, input, value) : value.toString();
    input.setSubmittedValue(shown);
  }
}
