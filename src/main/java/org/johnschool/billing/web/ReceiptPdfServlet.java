package org.johnschool.billing.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import org.johnschool.billing.application.Cashier;
import org.johnschool.billing.infrastructure.ReceiptPdf;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.NotFoundException;
import org.johnschool.platform.web.LanguageBacking;

/** A receipt as PDF for signed-in staff ({@code /cases/receipt.pdf?entry=}); web.xml and the service check roles. */
@WebServlet("/cases/receipt.pdf")
public class ReceiptPdfServlet extends HttpServlet {

  @Inject Cashier cashier;
  @Inject CurrentStaff staff;
  @Inject LanguageBacking language;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String entry = request.getParameter("entry");
    try {
      if (entry == null || !entry.matches("\\d{1,18}")) {
        throw new NotFoundException("No receipt given.");
      }
      var document = cashier.receiptDocument(staff.scope(), Long.parseLong(entry));
      response.setContentType("application/pdf");
      response.setHeader("Content-Disposition", "inline; filename=\"receipt-" + document.receipt().receiptNumber() + ".pdf\"");
      response.setHeader("Cache-Control", "no-store");
      ResourceBundle labels = ResourceBundle.getBundle("org.johnschool.i18n.messages", language.localeOf(request),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      ReceiptPdf.write(document, labels, response.getOutputStream());
    } catch (NotFoundException e) {
      response.sendError(404);
    } catch (jakarta.ejb.EJBAccessException e) {
      response.sendError(403);
    }
  }
}
