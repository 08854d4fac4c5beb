package org.johnschool.courtreport.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.johnschool.courtreport.application.ComplianceLetters.Letter;

/** The compliance letter to the court: completed or failed, the dates, the reason. */
public final class ComplianceLetterPdf {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

  private ComplianceLetterPdf() {}

  public static void write(Letter l, OutputStream out) {
    Document doc = new Document(PageSize.LETTER, 72, 72, 72, 72);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle("Compliance letter " + l.courtCaseNumber());
      doc.addCreator("John School Manager");
      doc.open();
      Font body = FontFactory.getFont(FontFactory.TIMES_ROMAN, 12);
      doc.add(new Paragraph(l.programName(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
      if (l.programAddress() != null) {
        doc.add(new Paragraph(l.programAddress(), FontFactory.getFont(FontFactory.HELVETICA, 9)));
      }
      doc.add(spaced(DATE.format(l.written()), body, 24));
      doc.add(spaced(l.courtName(), body, 18));
      doc.add(new Paragraph("Re: " + l.participant() + ", case " + l.courtCaseNumber(), FontFactory.getFont(FontFactory.TIMES_BOLD, 12)));
      String referral = "The court referred this case to the program on " + DATE.format(l.referralDate()) + ", with a deadline of "
          + DATE.format(l.deadline()) + ".";
      doc.add(spaced(referral, body, 18));
      String outcome = l.completedOn() != null
          ? "The participant completed the program on " + DATE.format(l.completedOn()) + ": every required module attended, the fee paid or "
              + "waived, and the post-test taken." + (l.certificateNumber() == null ? "" : " Certificate of completion " + l.certificateNumber() + ".")
              + (l.completedBy() != null ? " The program's administrator recorded the completion with this reason: " + l.completionReason() : "")
          : "The participant did not complete the program. The program recorded the failure on " + DATE.format(l.failedOn())
              + " for this reason: " + l.failureReason() + " The case is returned to the court.";
      doc.add(spaced(outcome, body, 12));
      doc.add(spaced("This letter was produced by the program's case system. Questions: the program office.", body, 24));
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The compliance letter could not be written as PDF.", e);
    }
  }

  private static Paragraph spaced(String text, Font font, float before) {
    Paragraph p = new Paragraph(text, font);
    p.setSpacingBefore(before);
    return p;
  }
}
