package org.johnschool.completion.infrastructure;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.johnschool.completion.application.Certificates.CertificateDocument;

/**
 * The certificate of completion as a one-page PDF (landscape letter): the program, the participant, the
 * court case, the completion date, the certificate number and the link where anyone can verify it. A
 * revoked certificate prints REVOKED.
 */
public final class CertificatePdf {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

  private CertificatePdf() {}

  public static void write(CertificateDocument d, String verifyUrl, OutputStream out) {
    Document doc = new Document(PageSize.LETTER.rotate(), 72, 72, 72, 72);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle("Certificate of completion " + d.certificate().number());
      doc.addCreator("John School Manager");
      doc.open();
      doc.add(centered(d.programName(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16), 0));
      if (d.programAddress() != null) {
        doc.add(centered(d.programAddress(), FontFactory.getFont(FontFactory.HELVETICA, 10), 0));
      }
      doc.add(centered("Certificate of Completion", FontFactory.getFont(FontFactory.TIMES_BOLD, 34), 36));
      if (!d.certificate().valid()) {
        doc.add(centered("REVOKED: " + d.certificate().revokeReason(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16), 12));
      }
      Font body = FontFactory.getFont(FontFactory.TIMES_ROMAN, 16);
      doc.add(centered("This certifies that", body, 24));
      doc.add(centered(d.participant(), FontFactory.getFont(FontFactory.TIMES_BOLD, 24), 8));
      doc.add(centered("completed the program's education class and its conditions on " + DATE.format(d.certificate().completedOn()) + ",",
          body, 8));
      doc.add(centered("as referred by " + d.courtName() + " in case " + d.courtCaseNumber() + ".", body, 4));
      Font small = FontFactory.getFont(FontFactory.HELVETICA, 11);
      doc.add(centered("Certificate number " + d.certificate().number(), FontFactory.getFont(FontFactory.COURIER_BOLD, 14), 40));
      Paragraph link = centered("", small, 6);
      link.add(new Chunk("Verify at " + verifyUrl, small).setAnchor(verifyUrl));
      doc.add(link);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The certificate could not be written as PDF.", e);
    }
  }

  private static Paragraph centered(String text, Font font, float before) {
    Paragraph p = new Paragraph(text, font);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingBefore(before);
    return p;
  }
}
