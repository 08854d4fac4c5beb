package org.johnschool.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A day as the page's language writes it in a sentence or a title ("Dec 20, 2026", "20 dic 2026"), the same medium
 * form as the tables' {@code f:convertDateTime dateStyle="medium"}; for the dates a message's pattern takes as an
 * argument ({@code #{dates.day(s.date())}}), which MessageFormat would write as ISO text.
 */
@Named
@ApplicationScoped
public class Dates {

  @jakarta.inject.Inject org.johnschool.program.application.ProgramTime time;
  @jakarta.inject.Inject org.johnschool.identity.application.CurrentStaff staff;

  public String day(LocalDate day) {
    return day == null ? "" : day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Messages.locale()));
  }

  /** A moment as the day and the time of day where the signed-in person's program is ("Dec 20, 2026 17:20"). */
  public String moment(java.time.Instant at) {
    if (at == null) {
      return "";
    }
    java.time.ZonedDateTime there = at.atZone(time.zone(staff.scope().programId()));
    return day(there.toLocalDate()) + " " + there.toLocalTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
  }
}
