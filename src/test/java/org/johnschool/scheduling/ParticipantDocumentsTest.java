package org.johnschool.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.johnschool.scheduling.application.ParticipantDocuments.CalendarEntry;
import org.johnschool.scheduling.application.ParticipantDocuments.EnrollmentNotice;
import org.johnschool.scheduling.infrastructure.EnrollmentNoticePdf;
import org.johnschool.scheduling.infrastructure.ICalendarFile;
import org.junit.jupiter.api.Test;

/** The documents a participant gets: the enrollment notice (PDF, in the person's language) and calendar files. */
class ParticipantDocumentsTest {

  private static EnrollmentNotice notice(String language) {
    return new EnrollmentNotice("EN-42", LocalDate.of(2026, 11, 23), "Demo County First Offender Program", "1 Example Plaza", "Jon Doe",
        "24-CR-001234", language, LocalDate.of(2027, 1, 9), LocalTime.of(9, 0), LocalTime.of(17, 0), "Hall of Justice",
        "850 Bryant Street", "Room 101", "Step-free entrance", "1000.00");
  }

  private static String pdfText(EnrollmentNotice n) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EnrollmentNoticePdf.write(n, out);
    PdfReader reader = new PdfReader(out.toByteArray());
    return new PdfTextExtractor(reader).getTextFromPage(1);
  }

  @Test
  void the_enrollment_notice_names_the_program_the_document_number_and_the_class() throws Exception {
    String text = pdfText(notice("en"));
    assertTrue(text.contains("Demo County First Offender Program"), text);
    assertTrue(text.contains("Document EN-42"), text);
    assertTrue(text.contains("Saturday, January 9, 2027"), text);
    assertTrue(text.contains("government photo ID"), text);
    assertTrue(text.contains("Fee due: $1000.00"), text);
  }

  @Test
  void a_spanish_speaker_gets_the_notice_in_spanish() throws Exception {
    String text = pdfText(notice("es"));
    assertTrue(text.contains("Aviso de inscripci"), text);
    assertTrue(text.contains("9 de enero de 2027"), text);
  }

  @Test
  void calendar_text_is_escaped_and_long_lines_are_folded_and_a_calendar_program_reads_it_back() throws Exception {
    String description = "A very long description, with commas; semicolons and a line\nbreak that must be folded because it is longer "
        + "than seventy-five octets in all";
    String ics = ICalendarFile.of(List.of(new CalendarEntry(7, LocalDate.of(2027, 1, 9), LocalTime.of(9, 0), LocalTime.of(17, 0), "Class",
        "Hall, Room 1", description, false, Instant.parse("2026-11-23T10:00:00Z")),
        new CalendarEntry(8, LocalDate.of(2027, 1, 16), LocalTime.of(9, 0), LocalTime.of(17, 0), "Class", "Hall", "", true, null)),
        "Classes", "example.org", ZoneId.of("America/Los_Angeles"), Instant.parse("2026-12-03T12:00:00Z"));

    assertTrue(ics.contains("DTSTART:20270109T170000Z\r\n"), ics);
    assertTrue(ics.contains("LOCATION:Hall\\, Room 1\r\n"), ics);
    assertTrue(ics.contains("UID:session-7@example.org\r\n"), ics);
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
    }
    assertEquals(2, ics.split("BEGIN:VEVENT").length - 1);

    // Read back as a calendar program reads it (ical4j's parser): the same events, the text as it was written.
    var calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics));
    List<net.fortuna.ical4j.model.component.VEvent> events = calendar.getComponents("VEVENT");
    assertEquals(2, events.size());
    var first = events.get(0);
    assertEquals(description, first.getProperty("DESCRIPTION").orElseThrow().getValue());
    assertEquals("Hall, Room 1", first.getProperty("LOCATION").orElseThrow().getValue());
    assertEquals("CONFIRMED", first.getProperty("STATUS").orElseThrow().getValue());
    assertEquals("20270109T170000Z", first.getProperty("DTSTART").orElseThrow().getValue());
    assertEquals("20261123T100000Z", first.getProperty("DTSTAMP").orElseThrow().getValue());
    assertEquals("CANCELLED", events.get(1).getProperty("STATUS").orElseThrow().getValue());
    assertEquals("20261203T120000Z", events.get(1).getProperty("DTSTAMP").orElseThrow().getValue(), "stamped now when never modified");
  }
}
