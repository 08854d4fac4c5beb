package org.johnschool.scheduling.infrastructure;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.johnschool.scheduling.application.ParticipantDocuments.EnrollmentNotice;

/** The lines of an enrollment notice in the participant's language, shared by the printable page and the PDF. */
public final class EnrollmentNoticeText {

  public record Lines(String title, String number, String printed, String to, String enrolled, String when, String where, String access,
      String bringTitle, List<String> bring) {}

  private EnrollmentNoticeText() {}

  public static Lines of(EnrollmentNotice n) {
    Locale locale = Locale.forLanguageTag(n.language() == null ? "en" : n.language());
    ResourceBundle b;
    try {
      b = ResourceBundle.getBundle("org.johnschool.i18n.notices", locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    } catch (java.util.MissingResourceException e) {
      b = ResourceBundle.getBundle("org.johnschool.i18n.notices", Locale.ROOT);
    }
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
    DateTimeFormatter shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    List<String> bring = new ArrayList<>();
    for (String k : List.of("id", "early", "day")) {
      bring.add(f(b, "document.bring." + k));
    }
    bring.add(n.feeDue() == null ? f(b, "document.bring.noFee") : f(b, "document.bring.feeDue", n.feeDue()));
    bring.add(f(b, "document.bring.call"));
    return new Lines(f(b, "document.enrollment.title"), f(b, "document.number", n.documentNumber()), f(b, "document.printed",
        shortDate.format(n.printed())), f(b, "document.to", n.name(), n.courtCaseNumber()), f(b, "document.enrolled"),
        f(b, "document.when", date.format(n.date()), n.start(), n.end()),
        f(b, "document.where", n.venue(), n.address(), n.room() == null ? "" : "(" + n.room() + ")"),
        n.accessibilityNotes() == null ? null : f(b, "document.access", n.accessibilityNotes()), f(b, "document.bring.title"), bring);
  }

  private static String f(ResourceBundle b, String key, Object... args) {
    return new MessageFormat(b.getString(key), b.getLocale()).format(args);
  }
}
