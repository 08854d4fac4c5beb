package org.johnschool.courtreport.web;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.johnschool.courtreport.application.ComplianceLetters;
import org.johnschool.courtreport.application.WeeklyReports;
import org.johnschool.courtreport.infrastructure.ComplianceLetterPdf;
import org.johnschool.courtreport.infrastructure.WeeklyReportPdf;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.NotFoundException;
import org.johnschool.program.domain.Program;

/**
 * Court documents for signed-in staff: {@code /court/weekly-report.csv|pdf?court=&week=} and
 * {@code /court/compliance-letter.pdf?id=}. web.xml and the services check roles and the clerk's court.
 */
@WebServlet({"/court/weekly-report.csv", "/court/weekly-report.pdf", "/court/compliance-letter.pdf"})
public class CourtDocumentServlet extends HttpServlet {

  @Inject WeeklyReports reports;
  @Inject ComplianceLetters letters;
  @Inject CurrentStaff staff;
  @Inject org.johnschool.program.application.ProgramTime time;
  @PersistenceContext EntityManager em;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setHeader("Cache-Control", "no-store");
    try {
      String path = request.getServletPath();
      if (path.endsWith("compliance-letter.pdf")) {
        String id = request.getParameter("id");
        if (id == null || !id.matches("\\d{1,18}")) {
          throw new NotFoundException("No case given.");
        }
        var letter = letters.letter(staff.scope(), Long.parseLong(id));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"compliance-letter-" + letter.courtCaseNumber() + ".pdf\"");
        ComplianceLetterPdf.write(letter, response.getOutputStream());
        return;
      }
      String week = request.getParameter("week");
      LocalDate day = week == null ? time.today(staff.scope().programId()) : LocalDate.parse(week);
      var report = reports.week(staff.scope(), request.getParameter("court"), day);
      if (path.endsWith(".csv")) {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"weekly-report-" + report.courtCode() + "-" + report.monday() + ".csv\"");
        response.getOutputStream().write(WeeklyReports.csv(report).getBytes(StandardCharsets.UTF_8));
      } else {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"weekly-report-" + report.courtCode() + "-" + report.monday() + ".pdf\"");
        WeeklyReportPdf.write(report, em.find(Program.class, staff.scope().programId()).getName(), response.getOutputStream());
      }
    } catch (NotFoundException e) {
      response.sendError(404);
    } catch (DateTimeParseException e) {
      response.sendError(400, "week is a date (YYYY-MM-DD)");
    } catch (BusinessException e) {
      response.sendError(409, e.getMessage());
    } catch (jakarta.ejb.EJBAccessException e) {
      response.sendError(403);
    }
  }
}
