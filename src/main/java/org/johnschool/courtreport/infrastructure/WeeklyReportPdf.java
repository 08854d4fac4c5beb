package org.johnschool.courtreport.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.johnschool.courtreport.application.StatusFeed.Change;
import org.johnschool.courtreport.application.WeeklyReports.WeekReport;

/** The weekly report per court as a PDF table: when, case, what changed and why. */
public final class WeeklyReportPdf {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  private WeeklyReportPdf() {}

  public static void write(WeekReport r, String programName, OutputStream out) {
    Document doc = new Document(PageSize.LETTER.rotate(), 40, 40, 40, 40);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle("Weekly report " + r.courtCode() + " " + r.monday());
      doc.addCreator("John School Manager");
      doc.open();
      doc.add(new Paragraph(programName, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
      doc.add(new Paragraph("Weekly report to " + r.courtName() + " (" + r.courtCode() + "): " + r.monday() + " to " + r.sunday(),
          FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12)));
      doc.add(new Paragraph(r.changes().size() + " status changes and dispositions.", FontFactory.getFont(FontFactory.HELVETICA, 10)));
      Font head = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
      Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
      PdfPTable table = new PdfPTable(new float[] {2.2f, 2.4f, 1.4f, 2.2f, 2.2f, 6f});
      table.setWidthPercentage(100);
      table.setSpacingBefore(10);
      table.setHeaderRows(1);
      for (String h : new String[] {"When", "Court case", "Kind", "From", "To", "Reason"}) {
        table.addCell(new Phrase(h, head));
      }
      for (Change c : r.changes()) {
        table.addCell(new Phrase(WHEN.format(c.changedAt()), body));
        table.addCell(new Phrase(c.courtCaseNumber(), body));
        table.addCell(new Phrase(c.kind(), body));
        table.addCell(new Phrase(c.from() == null ? "" : c.from(), body));
        table.addCell(new Phrase(c.to(), body));
        table.addCell(new Phrase(c.reason() == null ? "" : c.reason(), body));
      }
      doc.add(table);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The weekly report could not be written as PDF.", e);
    }
  }
}
