package org.johnschool.platform.web;

import jakarta.faces.convert.FacesConverter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * A time of day as the pages write it (the bundle's {@code time.pattern}: 09:30 and 17:10 on a 24-hour clock, as the
 * calendar and the rosters show times; "9:30 AM" is taken too) and as the domain reads it (ISO, 09:30). See
 * {@link DateText}.
 */
@FacesConverter("j.time")
public class TimeText extends PageTimeText {

  @Override
  List<DateTimeFormatter> typedForms(Locale locale) {
    return List.of(pageForm(locale), DateTimeFormatter.ofPattern("h:mm a", Locale.ROOT), DateTimeFormatter.ofPattern("H:mm"),
        DateTimeFormatter.ISO_LOCAL_TIME);
  }

  @Override
  DateTimeFormatter pageForm(Locale locale) {
    return DateTimeFormatter.ofPattern(Messages.textIn(locale, "time.pattern"), Locale.ROOT);
  }

  @Override
  TemporalAccessor read(String text, DateTimeFormatter form) {
    return LocalTime.parse(text.toUpperCase(Locale.ROOT), form);
  }

  @Override
  TemporalAccessor readIso(String iso) {
    return LocalTime.parse(iso);
  }

  @Override
  String refusalKey() {
    return "input.time.typed";
  }

  @Override
  String hintKey() {
    return "time.hint";
  }
}
