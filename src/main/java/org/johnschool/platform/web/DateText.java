package org.johnschool.platform.web;

import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * A date field as people of the page's language write it (12/31/2026 in English, 31/12/2026 in Spanish; the bundle's
 * {@code date.pattern}) and as the domain reads it (ISO, 2026-12-31). The date picker shows and takes the first; the
 * backing beans and the domain's rules see only the second, so each rule about dates stays in the domain. ISO text is
 * also taken, so an address or a test can give a date the way the API does.
 */
@FacesConverter("j.date")
public class DateText extends PageTimeText {

  @Override
  List<DateTimeFormatter> typedForms(Locale locale) {
    return List.of(pageForm(locale), DateTimeFormatter.ISO_LOCAL_DATE);
  }

  @Override
  DateTimeFormatter pageForm(Locale locale) {
    return DateTimeFormatter.ofPattern(Messages.textIn(locale, "date.pattern").replace("yyyy", "uuuu"), locale)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  @Override
  TemporalAccessor read(String text, DateTimeFormatter form) {
    return LocalDate.parse(text, form);
  }

  @Override
  TemporalAccessor readIso(String iso) {
    return LocalDate.parse(iso);
  }

  @Override
  String refusalKey() {
    return "input.date.typed";
  }

  @Override
  String hintKey() {
    return "date.hint";
  }
}
