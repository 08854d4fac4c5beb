package org.johnschool.scheduling.application;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.johnschool.scheduling.domain.ClassSession;

/** The arguments of a notice about a session, formatted for the reader's language (see notices.properties). */
final class SessionFacts {

  private SessionFacts() {}

  static Object[] of(String name, ClassSession s, String language, String reason) {
    Locale locale = Locale.forLanguageTag(language == null ? "en" : language);
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
    DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
    String room = s.getRoom() == null ? "" : "(" + s.getRoom() + ")";
    return new Object[] {name, date.format(s.getDate()), time.format(s.getStart()), time.format(s.getEnd()), s.getVenue().getName(),
        s.getVenue().getAddress(), room, reason == null ? "" : reason};
  }
}
