package org.johnschool.billing.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import org.johnschool.billing.application.Cashier.ReceiptDocument;

/** A payment's receipt as a PDF with the program's name and address, the receipt number and date; a voided receipt says VOID. */
public final class ReceiptPdf {

  private ReceiptPdf() {}

  public static void write(ReceiptDocument d, OutputStream out) {
    var r = d.receipt();
    Document doc = new Document(PageSize.LETTER, 60, 60, 60, 60);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle("Receipt " + r.receiptNumber());
      doc.addCreator("John School Manager");
      doc.open();
      Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);
      doc.add(new Paragraph(d.programName(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
      if (d.programAddress() != null) {
        doc.add(new Paragraph(d.programAddress(), FontFactory.getFont(FontFactory.HELVETICA, 9)));
      }
      Paragraph title = new Paragraph("Receipt " + r.receiptNumber(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18));
      title.setSpacingBefore(18);
      title.setSpacingAfter(12);
      doc.add(title);
      if (d.voided()) {
        doc.add(new Paragraph("VOID. " + d.voidReason(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12)));
      }
      String[][] lines = {
          {"Received from", d.payer() + " (court case " + d.courtCaseNumber() + ")"},
          {"Amount", "$" + r.amount()},
          {"Method", r.method() + (r.reference() == null ? "" : " · " + r.reference())},
          {"Date", String.valueOf(r.receivedOn())},
          {"Received by", r.receivedBy()},
          {"Balance after this payment", "$" + r.balanceAfter()}};
      for (String[] l : lines) {
        doc.add(new Paragraph(l[0] + ": " + l[1], body));
      }
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The receipt could not be written as PDF.", e);
    }
  }
}
