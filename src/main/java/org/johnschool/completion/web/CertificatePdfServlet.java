package org.johnschool.completion.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.johnschool.completion.application.Certificates;
import org.johnschool.completion.infrastructure.CertificatePdf;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.NotFoundException;

/** A case's certificate as PDF for signed-in staff ({@code /cases/certificate.pdf?id=}); web.xml and the service check roles. */
@WebServlet("/cases/certificate.pdf")
public class CertificatePdfServlet extends HttpServlet {

  @Inject Certificates certificates;
  @Inject CurrentStaff staff;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String id = request.getParameter("id");
    try {
      if (id == null || !id.matches("\\d{1,18}")) {
        throw new NotFoundException("No case given.");
      }
      var document = certificates.document(staff.scope(), Long.parseLong(id));
      response.setContentType("application/pdf");
      response.setHeader("Content-Disposition", "inline; filename=\"certificate-" + document.certificate().number() + ".pdf\"");
      response.setHeader("Cache-Control", "no-store");
      CertificatePdf.write(document, org.johnschool.completion.infrastructure.VerificationLink.of(request, document.certificate().number()), response.getOutputStream());
    } catch (NotFoundException e) {
      response.sendError(404);
    } catch (jakarta.ejb.EJBAccessException e) {
      response.sendError(403);
    }
  }
}
