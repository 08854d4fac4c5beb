package org.johnschool.courtreport.rest;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.courtreport.application.WeeklyReports;
import org.johnschool.courtreport.application.WeeklyReports.WeekReport;
import org.johnschool.courtreport.infrastructure.WeeklyReportPdf;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.program.domain.Program;

/** The weekly report per court, as CSV or PDF. */
@Path("/courts/{code}/{report: weekly-report\\.(csv|pdf)}")
@Tag(name = "Court reporting")
public class WeeklyReportResource {

  @Inject WeeklyReports reports;
  @Inject CurrentStaff staff;
  @Inject org.johnschool.program.application.ProgramTime time;
  @PersistenceContext EntityManager em;

  @GET
  @Produces({"text/csv", "application/pdf"})
  @Operation(summary = "The week's status changes and dispositions: weekly-report.csv or weekly-report.pdf",
      description = "?week=YYYY-MM-DD (any day of the week, Monday to Sunday; default this week)")
  public Response report(@PathParam("code") String code, @PathParam("report") String report, @QueryParam("week") String week) {
    return report.endsWith(".pdf") ? pdf(code, week) : csv(code, week);
  }

  private Response csv(String code, String week) {
    WeekReport r = reports.week(staff.scope(), code, day(week));
    return Response.ok(WeeklyReports.csv(r)).type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"weekly-report-" + r.courtCode() + "-" + r.monday() + ".csv\"").build();
  }

  private Response pdf(String code, String week) {
    WeekReport r = reports.week(staff.scope(), code, day(week));
    String program = em.find(Program.class, staff.scope().programId()).getName();
    StreamingOutput body = out -> WeeklyReportPdf.write(r, program, out);
    return Response.ok(body, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"weekly-report-" + r.courtCode() + "-" + r.monday() + ".pdf\"").build();
  }

  /** The day given, or the program's today. */
  LocalDate day(String text) {
    if (text == null || text.isBlank()) {
      return time.today(staff.scope().programId());
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("week", "'" + text + "' is not a date (YYYY-MM-DD).");
    }
  }
}
