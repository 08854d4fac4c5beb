package org.johnschool.courtreport.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.johnschool.court.domain.Court;
import org.johnschool.courtreport.application.StatusFeed.Change;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.CsvCell;

/** The weekly report per court: every status change and disposition of the week (Monday to Sunday, program time). */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class WeeklyReports {

  @Inject StatusFeed feed;

  public record WeekReport(String courtCode, String courtName, LocalDate monday, LocalDate sunday, List<Change> changes) implements java.io.Serializable {}

  /** The week (Monday to Sunday) that holds the given day. */
  public WeekReport week(StaffScope scope, String courtCode, LocalDate day) {
    Court court = feed.court(scope, courtCode);
    LocalDate monday = day.with(DayOfWeek.MONDAY);
    ZoneId zone = ZoneId.systemDefault();
    List<Change> changes = feed.between(scope, court.getCode(), monday.atStartOfDay(zone).toInstant(),
        monday.plusDays(7).atStartOfDay(zone).toInstant());
    return new WeekReport(court.getCode(), court.getName(), monday, monday.plusDays(6), changes);
  }

  public static String csv(WeekReport report) {
    StringBuilder csv = new StringBuilder("changed_at,court_case_number,referral_id,kind,from_status,to_status,reason\r\n");
    for (Change c : report.changes()) {
      csv.append(String.join(",", String.valueOf(c.changedAt()), CsvCell.of(c.courtCaseNumber()), String.valueOf(c.referralId()), c.kind(),
          c.from() == null ? "" : c.from(), c.to(), CsvCell.of(c.reason()))).append("\r\n");
    }
    return csv.toString();
  }
}
