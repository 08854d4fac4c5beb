package org.johnschool.scheduling.infrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.johnschool.scheduling.application.ParticipantDocuments.CalendarEntry;

/**
 * Writes sessions as an iCalendar file (RFC 5545): one VEVENT per session with a stable UID, times in UTC,
 * text escaped and lines folded at 75 octets, so that calendar programs import and update them.
 */
public final class ICalendarFile {

  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private ICalendarFile() {}

  public static String of(List<CalendarEntry> entries, String calendarName, String host, ZoneId zone) {
    StringBuilder b = new StringBuilder();
    line(b, "BEGIN:VCALENDAR");
    line(b, "VERSION:2.0");
    line(b, "PRODID:-//John School Manager//Class sessions//EN");
    line(b, "CALSCALE:GREGORIAN");
    line(b, "METHOD:PUBLISH");
    line(b, "X-WR-CALNAME:" + escape(calendarName));
    for (CalendarEntry e : entries) {
      Instant start = e.date().atTime(e.start()).atZone(zone).toInstant();
      Instant end = e.date().atTime(e.end()).atZone(zone).toInstant();
      line(b, "BEGIN:VEVENT");
      line(b, "UID:session-" + e.sessionId() + "@" + host);
      line(b, "DTSTAMP:" + UTC.format(e.modified()));
      line(b, "DTSTART:" + UTC.format(start));
      line(b, "DTEND:" + UTC.format(end));
      line(b, "SUMMARY:" + escape(e.summary()));
      line(b, "LOCATION:" + escape(e.location()));
      line(b, "DESCRIPTION:" + escape(e.description()));
      line(b, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
      line(b, "END:VEVENT");
    }
    line(b, "END:VCALENDAR");
    return b.toString();
  }

  static String escape(String text) {
    return text == null ? "" : text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n");
  }

  /** Appends a content line folded at 75 octets (continuation lines start with a space), ended by CRLF. */
  static void line(StringBuilder b, String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    int start = 0;
    boolean first = true;
    while (start < bytes.length) {
      int limit = first ? 75 : 74;
      int end = Math.min(bytes.length, start + limit);
      while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
        end--; // do not split a UTF-8 character
      }
      if (!first) {
        b.append(' ');
      }
      b.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n");
      start = end;
      first = false;
    }
    if (bytes.length == 0) {
      b.append("\r\n");
    }
  }
}
