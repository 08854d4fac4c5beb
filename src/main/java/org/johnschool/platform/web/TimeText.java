package org.johnschool.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A time of day as the pages write it (the bundle's {@code time.pattern}: 09:30 and 17:10 on a 24-hour clock, as the
 * calendar and the rosters show times; "9:30 AM" is taken too) and as the domain reads it (ISO, 09:30). See
 * {@link DateText}.
 */
@FacesConverter("j.time")
public class TimeText implements Converter<String> {

  @Override
  public String getAsObject(FacesContext fc, UIComponent component, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String typed = text.strip();
    Locale locale = fc.getViewRoot().getLocale();
    for (DateTimeFormatter format : new DateTimeFormatter[] {pageFormat(locale), DateTimeFormatter.ofPattern("h:mm a", Locale.ROOT), DateTimeFormatter.ofPattern("H:mm"), DateTimeFormatter.ISO_LOCAL_TIME}) {
      try {
        return LocalTime.parse(typed.toUpperCase(Locale.ROOT), format).toString();
      } catch (DateTimeParseException notThisForm) {
        // the next form
      }
    }
    throw DateText.refusal(fc, component, "input.time.typed", typed, Messages.text("time.hint"));
  }

  @Override
  public String getAsString(FacesContext fc, UIComponent component, String iso) {
    if (iso == null || iso.isBlank()) {
      return "";
    }
    try {
      return LocalTime.parse(iso).format(pageFormat(fc.getViewRoot().getLocale()));
    } catch (DateTimeParseException notIso) {
      return iso;
    }
  }

  static DateTimeFormatter pageFormat(Locale locale) {
    return DateTimeFormatter.ofPattern(Messages.textIn(locale, "time.pattern"), Locale.ROOT);
  }
}
