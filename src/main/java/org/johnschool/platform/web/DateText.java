package org.johnschool.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * A date field as people of the page's language write it (12/31/2026 in English, 31/12/2026 in Spanish; the bundle's
 * {@code date.pattern}) and as the domain reads it (ISO, 2026-12-31). The date picker shows and takes the first; the
 * backing beans and the domain's rules see only the second, so each rule about dates stays in the domain. ISO text is
 * also taken, so an address or a test can give a date the way the API does.
 */
@FacesConverter("j.date")
public class DateText implements Converter<String> {

  @Override
  public String getAsObject(FacesContext fc, UIComponent component, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String typed = text.strip();
    Locale locale = fc.getViewRoot().getLocale();
    for (DateTimeFormatter format : new DateTimeFormatter[] {pageFormat(locale), DateTimeFormatter.ISO_LOCAL_DATE}) {
      try {
        return LocalDate.parse(typed, format).toString();
      } catch (DateTimeParseException notThisForm) {
        // the next form
      }
    }
    throw refusal(fc, component, "input.date.typed", typed, Messages.text("date.hint"));
  }

  @Override
  public String getAsString(FacesContext fc, UIComponent component, String iso) {
    if (iso == null || iso.isBlank()) {
      return "";
    }
    try {
      return LocalDate.parse(iso).format(pageFormat(fc.getViewRoot().getLocale()));
    } catch (DateTimeParseException notIso) {
      return iso;
    }
  }

  static DateTimeFormatter pageFormat(Locale locale) {
    return strict(Messages.textIn(locale, "date.pattern"), locale);
  }

  static DateTimeFormatter strict(String pattern, Locale locale) {
    return DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu"), locale).withResolverStyle(ResolverStyle.STRICT);
  }

  /** The field's label and what is wrong, in the page's language, beside the field and in the page's summary. */
  static ConverterException refusal(FacesContext fc, UIComponent component, String key, Object... args) {
    String message = org.johnschool.platform.Phrase.of(key, args).in(fc.getViewRoot().getLocale());
    Object label = component.getAttributes().get("label");
    String summary = label == null ? message : label.toString().replaceAll("\\s*\\*$", "") + ": " + message;
    return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, message));
  }
}
