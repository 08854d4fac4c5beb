package org.johnschool.scheduling.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import org.johnschool.scheduling.application.ParticipantDocuments.EnrollmentNotice;

/** The enrollment notice as a one-page PDF with the program's name and address, the document number and the date printed. */
public final class EnrollmentNoticePdf {

  private EnrollmentNoticePdf() {}

  public static void write(EnrollmentNotice notice, OutputStream out) {
    EnrollmentNoticeText.Lines t = EnrollmentNoticeText.of(notice);
    Document doc = new Document(PageSize.LETTER, 60, 60, 60, 60);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle(t.title() + " " + notice.documentNumber());
      doc.addCreator("John School Manager");
      doc.open();
      Font program = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
      Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
      Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);
      Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
      doc.add(new Paragraph(notice.programName(), program));
      if (notice.programAddress() != null) {
        doc.add(new Paragraph(notice.programAddress(), small));
      }
      doc.add(new Paragraph(t.number() + " · " + t.printed(), small));
      Paragraph heading = new Paragraph(t.title(), title);
      heading.setSpacingBefore(18);
      heading.setSpacingAfter(12);
      doc.add(heading);
      for (String line : new String[] {t.to(), t.enrolled(), t.when(), t.where(), t.access()}) {
        if (line != null) {
          Paragraph p = new Paragraph(line, body);
          p.setSpacingAfter(6);
          doc.add(p);
        }
      }
      Paragraph bring = new Paragraph(t.bringTitle(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12));
      bring.setSpacingBefore(12);
      doc.add(bring);
      List items = new List(List.UNORDERED);
      for (String b : t.bring()) {
        items.add(new ListItem(b, body));
      }
      doc.add(items);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The notice could not be written as PDF.", e);
    }
  }
}
