package org.johnschool.classday.application;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.johnschool.classday.domain.Attendance;
import org.johnschool.classday.domain.AttendanceStatus;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;

/**
 * A participant's class day as the roster page or the API sends it, in text: status (PRESENT, LATE,
 * LEFT_EARLY, ABSENT, EXCUSED; empty to judge by the clock), ID verified, arrival and departure as HH:MM,
 * modules attended by module id (only those marked against the clock), remarks.
 */
public record AttendanceForm(String status, Boolean idVerified, String arrived, String departed, Map<String, Boolean> modules,
    String remarks) {

  public Attendance.Entry toEntry() {
    List<FieldError> errors = new ArrayList<>();
    AttendanceStatus s = null;
    if (status != null && !status.isBlank()) {
      try {
        s = AttendanceStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("status", Phrase.of("attendance.status.unknown", status)));
      }
    }
    LocalTime a = time(arrived, "arrived", errors);
    LocalTime d = time(departed, "departed", errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Attendance.Entry(s, Boolean.TRUE.equals(idVerified), a, d, modules, remarks);
  }

  private static LocalTime time(String text, String field, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(text.trim().length() == 4 ? "0" + text.trim() : text.trim());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, Phrase.of("attendance.time.invalid", text)));
      return null;
    }
  }
}
