package org.johnschool.scheduling.infrastructure;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.johnschool.scheduling.application.ParticipantDocuments.CalendarEntry;

/**
 * Writes sessions as an iCalendar file (RFC 5545, by ical4j): one VEVENT per session with a stable UID and times in
 * UTC, so that calendar programs import and update them; ical4j escapes the text and folds the lines.
 */
public final class ICalendarFile {

  private ICalendarFile() {}

  /**
   * @param zone the program's time zone, in which the sessions' dates and times are
   * @param now the moment an entry without a modification time is stamped with
   */
  public static String of(List<CalendarEntry> entries, String calendarName, String host, ZoneId zone, Instant now) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//John School Manager//Class sessions//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(new XProperty("X-WR-CALNAME", calendarName));
    for (CalendarEntry e : entries) {
      Instant start = e.date().atTime(e.start()).atZone(zone).toInstant();
      Instant end = e.date().atTime(e.end()).atZone(zone).toInstant();
      VEvent event = new VEvent(start, end, e.summary() == null ? "" : e.summary());
      event.add(new Uid("session-" + e.sessionId() + "@" + host));
      event.replace(new DtStamp(e.modified() == null ? now : e.modified()));
      event.add(new Location(e.location() == null ? "" : e.location()));
      event.add(new Description(e.description() == null ? "" : e.description()));
      event.add(e.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
      calendar.add(event);
    }
    java.io.StringWriter out = new java.io.StringWriter();
    try {
      new net.fortuna.ical4j.data.CalendarOutputter(false).output(calendar, out); // folds lines at 75 octets, ends them with CRLF
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }
}
