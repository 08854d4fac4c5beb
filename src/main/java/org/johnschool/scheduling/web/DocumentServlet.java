package org.johnschool.scheduling.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.NotFoundException;
import org.johnschool.scheduling.application.ParticipantDocuments;
import org.johnschool.scheduling.infrastructure.EnrollmentNoticePdf;
import org.johnschool.scheduling.infrastructure.ICalendarFile;

/**
 * Files for signed-in staff (the pages' session, not the API's Basic sign-in): the enrollment notice as PDF
 * ({@code /cases/enrollment-notice.pdf?id=}) and calendar files ({@code /sessions/calendar.ics?session=} or
 * {@code ?presenter=}). web.xml limits the folders to their roles; the services check again.
 */
@WebServlet(urlPatterns = {"/cases/enrollment-notice.pdf", "/sessions/calendar.ics"})
public class DocumentServlet extends HttpServlet {

  @Inject ParticipantDocuments documents;
  @Inject CurrentStaff staff;
  @Inject org.johnschool.program.application.ProgramTime time;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      if (request.getServletPath().endsWith(".pdf")) {
        long id = id(request.getParameter("id"));
        var notice = documents.enrollmentNotice(staff.scope(), id);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"enrollment-notice-" + notice.documentNumber() + ".pdf\"");
        response.setHeader("Cache-Control", "no-store");
        EnrollmentNoticePdf.write(notice, response.getOutputStream());
        return;
      }
      String session = request.getParameter("session");
      var entries = session != null ? documents.session(staff.scope(), id(session)) : documents.presenter(staff.scope(), id(request.getParameter("presenter")));
      response.setContentType("text/calendar; charset=UTF-8");
      response.setHeader("Content-Disposition", "attachment; filename=\"" + (session != null ? "session-" + session : "presenter") + ".ics\"");
      response.getOutputStream().write(ICalendarFile.of(entries, "John school classes", org.johnschool.platform.web.PublicAddress.host(request), time.zone(staff.scope().programId()),
          time.instant())
          .getBytes(StandardCharsets.UTF_8));
    } catch (NotFoundException e) {
      response.sendError(404);
    } catch (jakarta.ejb.EJBAccessException e) {
      response.sendError(403);
    } catch (BusinessException e) {
      response.sendError(400);
    }
  }

  private static long id(String text) {
    if (text == null || !text.matches("\\d{1,18}")) {
      throw new NotFoundException("No such record.");
    }
    return Long.parseLong(text);
  }
}
