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

  @Inject transient CurrentStaff staff;
  @Inject transient CourtDirectory courts;
  @Inject transient WeeklyReports reports;

  public record CourtOption(String code, String name) {}

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
    LocalDate day;
    try {
      day = week == null || week.isBlank() ? LocalDate.now() : LocalDate.parse(week);
    } catch (DateTimeParseException e) {
      Messages.error("court.changes.badWeek");
      day = LocalDate.now();
    }
    try {
      report = court == null ? null : reports.week(staff.scope(), court, day);
      week = report == null ? day.toString() : report.monday().toString();
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
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
