package org.johnschool.billing.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.johnschool.billing.application.Cashier.ReceiptDocument;

/** A payment's receipt as a PDF with the program's name and address, the receipt number and date; a voided receipt says VOID. */
public final class ReceiptPdf {

  private ReceiptPdf() {}

  /** In the language of {@code labels} (the application's page bundle): its labels, the method in words, the date. */
  public static void write(ReceiptDocument d, ResourceBundle labels, OutputStream out) {
    var r = d.receipt();
    Locale locale = labels.getLocale() == null || labels.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : labels.getLocale();
    Document doc = new Document(PageSize.LETTER, 60, 60, 60, 60);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle(labels.getString("receipt.number") + " " + r.receiptNumber());
      doc.addCreator("John School Manager");
      doc.open();
      Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);
      doc.add(new Paragraph(d.programName(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
      if (d.programAddress() != null) {
        doc.add(new Paragraph(d.programAddress(), FontFactory.getFont(FontFactory.HELVETICA, 9)));
      }
      Paragraph title = new Paragraph(labels.getString("receipt.number") + " " + r.receiptNumber(),
          FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18));
      title.setSpacingBefore(18);
      title.setSpacingAfter(12);
      doc.add(title);
      if (d.voided()) {
        doc.add(new Paragraph(labels.getString("receipt.void") + " " + d.voidReason(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12)));
      }
      String[][] lines = {
          {labels.getString("receipt.receivedFrom"), d.payer() + " (" + labels.getString("refer.courtCaseNumber") + " " + d.courtCaseNumber() + ")"},
          {labels.getString("receipt.amount"), "$" + r.amount()},
          {labels.getString("receipt.method"), labels.getString("fees.method." + r.method()) + (r.reference() == null ? "" : " · " + r.reference())},
          {labels.getString("receipt.date"), r.receivedOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))},
          {labels.getString("receipt.receivedBy"), r.receivedBy()},
          {labels.getString("receipt.balance"), "$" + r.balanceAfter()}};
      for (String[] l : lines) {
        doc.add(new Paragraph(l[0] + ": " + l[1], body));
      }
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The receipt could not be written as PDF.", e);
    }
  }
}
