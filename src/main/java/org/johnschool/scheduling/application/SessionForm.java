package org.johnschool.scheduling.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.scheduling.domain.SessionTimes;

/**
 * A session as a coordinator or a calendar tool sends it (the REST body and the page's form): text fields
 * parsed here so that every bad field is named. {@code venueId} empty means the program's default venue;
 * {@code curriculumVersion} empty means the latest. {@code everyWeeks} and {@code until} make a series.
 */
public record SessionForm(String date, String start, String end, String language, Integer capacity, Long venueId, String room,
    Integer curriculumVersion, Integer everyWeeks, String until) {

  public SessionTimes times() {
    List<FieldError> errors = new ArrayList<>();
    LocalDate d = date(date, "date", errors);
    LocalTime s = time(start, "start", errors);
    LocalTime e = time(end, "end", errors);
    if (language == null || !language.matches("[a-z]{2}")) {
      errors.add(new FieldError("language", Phrase.of("sessionForm.language")));
    }
    if (capacity == null) {
      errors.add(new FieldError("capacity", Phrase.of("sessionForm.capacity")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new SessionTimes(d, s, e);
  }

  /** The dates of a series: the first date, then every {@code everyWeeks} weeks up to {@code until}. */
  public List<LocalDate> seriesDates() {
    List<FieldError> errors = new ArrayList<>();
    LocalDate first = date(date, "date", errors);
    LocalDate last = date(until, "until", errors);
    if (everyWeeks == null || everyWeeks < 1 || everyWeeks > 8) {
      errors.add(new FieldError("everyWeeks", Phrase.of("sessionForm.everyWeeks")));
    }
    if (first != null && last != null && last.isBefore(first)) {
      errors.add(new FieldError("until", Phrase.of("sessionForm.until.beforeFirst")));
    }
    if (first != null && last != null && last.isAfter(first.plusYears(2))) {
      errors.add(new FieldError("until", Phrase.of("sessionForm.until.tooLong")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusWeeks(everyWeeks)) {
      dates.add(d);
    }
    return dates;
  }

  private static LocalDate date(String text, String field, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(new FieldError(field, Phrase.of("input.date.missing")));
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException ex) {
      errors.add(new FieldError(field, Phrase.of("input.date.invalid", text)));
      return null;
    }
  }

  private static LocalTime time(String text, String field, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(new FieldError(field, Phrase.of("input.time.missing")));
      return null;
    }
    try {
      return LocalTime.parse(text.trim());
    } catch (DateTimeParseException ex) {
      errors.add(new FieldError(field, Phrase.of("input.time.invalid", text)));
      return null;
    }
  }
}
