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

  public String day(LocalDate day) {
    return day == null ? "" : day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Messages.locale()));
  }
}
