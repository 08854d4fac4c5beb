package org.johnschool.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.johnschool.platform.Phrase;

/**
 * Every text field of every page refuses a NUL character, naming the field (a default validator, faces-config.xml):
 * PostgreSQL cannot store one, and a NUL typed or pasted into a form answered 500 (issue 22, item 9). The API's JSON
 * bodies are checked by {@link org.johnschool.platform.rest.JsonBodyCheck}.
 */
@FacesValidator("j.noNul")
public class NoNulValidator implements Validator<Object> {

  @Override
  public void validate(FacesContext fc, UIComponent component, Object value) {
    if (value instanceof String text && text.indexOf('\u0000') >= 0) {
      String message = Phrase.of("input.nul").in(fc.getViewRoot().getLocale());
      Object label = component.getAttributes().get("label");
      String summary = label == null ? message : label.toString().replaceAll("\\s*\\*$", "") + ": " + message;
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, message));
    }
  }
}
