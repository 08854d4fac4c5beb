package org.johnschool.courtreport.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.johnschool.court.application.CourtDirectory;
import org.johnschool.court.domain.Court;
import org.johnschool.courtreport.application.WeeklyReports;
import org.johnschool.courtreport.application.WeeklyReports.WeekReport;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;

/** A court's status changes and dispositions week by week (court/changes.xhtml); clerks see their own court only. */
@Named
@ViewScoped
public class CourtChangesBacking implements Serializable {

  @Inject CurrentStaff staff;
  @Inject CourtDirectory courts;
  @Inject WeeklyReports reports;
  @Inject org.johnschool.program.application.ProgramTime time;

  public record CourtOption(String code, String name) implements java.io.Serializable {}

  private String court;
  private String week;
  private WeekReport report;
  private List<CourtOption> options = List.of();

  public void load() {
    options = courts.courtsOf(staff.scope()).stream().filter(c -> staff.scope().mayUseCourt(c.getId()))
        .map((Court c) -> new CourtOption(c.getCode(), c.getName())).toList();
    if ((court == null || court.isBlank()) && !options.isEmpty()) {
      court = options.get(0).code();
    }
    LocalDate today = time.today(staff.scope().programId());
    LocalDate day;
    try {
      day = week == null || week.isBlank() ? today : LocalDate.parse(week);
    } catch (DateTimeParseException e) {
      Messages.error("court.changes.badWeek");
      day = today;
    }
    try {
      report = court == null ? null : reports.week(staff.scope(), court, day);
      week = report == null ? day.toString() : report.monday().toString();
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  /** Shows the chosen court and week at an address of their own (?court=…&amp;week=…), which can be kept and shared. */
  public String show() {
    return "/court/changes?faces-redirect=true&includeViewParams=true";
  }

  /** The week's changes, newest first (the downloads keep the order they happened in). */
  public List<org.johnschool.courtreport.application.StatusFeed.Change> getNewestFirst() {
    if (report == null) {
      return List.of();
    }
    List<org.johnschool.courtreport.application.StatusFeed.Change> list = new java.util.ArrayList<>(report.changes());
    java.util.Collections.reverse(list);
    return list;
  }

  /** When a change happened, to the minute, the day as the page's language writes it ("Dec 2, 2026 13:40"). */
  public String when(org.johnschool.courtreport.application.StatusFeed.Change c) {
    java.time.ZonedDateTime at = c.changedAt().atZone(java.time.ZoneId.systemDefault());
    return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(Messages.locale()).format(at)
        + " " + java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(at);
  }

  public String getPreviousWeek() {
    return report == null ? null : report.monday().minusDays(7).toString();
  }

  public String getNextWeek() {
    return report == null ? null : report.monday().plusDays(7).toString();
  }

  public String getCourt() {
    return court;
  }

  public void setCourt(String court) {
    this.court = court == null || court.length() > 20 ? null : court;
  }

  public String getWeek() {
    return week;
  }

  public void setWeek(String week) {
    this.week = week == null || week.length() > 10 ? null : week;
  }

  public WeekReport getReport() {
    return report;
  }

  public List<CourtOption> getOptions() {
    return options;
  }
}
