package org.johnschool.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import org.johnschool.platform.Phrase;

/**
 * A date or a time field: written on the page as its language writes it, handed to the bean as the ISO text the domain
 * reads (see {@link DateText}, {@link TimeText}). Text in none of the forms is refused with the field's label and the
 * form to write it.
 */
abstract class PageTimeText implements Converter<String> {

  /** The forms a person may type, the page's own first (ISO among them). */
  abstract List<DateTimeFormatter> typedForms(Locale locale);

  /** The form the page writes. */
  abstract DateTimeFormatter pageForm(Locale locale);

  /** Reads text in this form; ISO text ({@code toString}) out. */
  abstract TemporalAccessor read(String text, DateTimeFormatter form);

  /** Reads the bean's ISO text. */
  abstract TemporalAccessor readIso(String iso);

  /** The errors bundle's key of the refusal and the messages bundle's key of the form to write. */
  abstract String refusalKey();

  abstract String hintKey();

  @Override
  public String getAsObject(FacesContext fc, UIComponent component, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String typed = text.strip();
    for (DateTimeFormatter form : typedForms(fc.getViewRoot().getLocale())) {
      try {
        return read(typed, form).toString();
      } catch (DateTimeParseException notThisForm) {
        // the next form
      }
    }
    String message = Phrase.of(refusalKey(), typed, Messages.text(hintKey())).in(fc.getViewRoot().getLocale());
    Object label = component.getAttributes().get("label");
    String summary = label == null ? message : label.toString().replaceAll("\\s*\\*$", "") + ": " + message;
    throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, message));
  }

  @Override
  public String getAsString(FacesContext fc, UIComponent component, String iso) {
    if (iso == null || iso.isBlank()) {
      return "";
    }
    try {
      return pageForm(fc.getViewRoot().getLocale()).format(readIso(iso));
    } catch (DateTimeParseException notIso) {
      return iso;
    }
  }
}
