package org.johnschool.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the fields of an imported CSV row by column name with the checks every import makes: required, length,
 * no spreadsheet formula at the start, dates as YYYY-MM-DD from 1900. A problem is reported (row, column, message)
 * and the field read as null, so one pass finds every problem of a file.
 */
public final class CsvFieldReader {

  /** Where problems go: said as phrases, so the import page shows them in its language (the API in English). */
  @FunctionalInterface
  public interface Problems {
    void problem(long row, String column, Phrase problem);

    /** A problem that has no translation yet. */
    default void problem(long row, String column, String message) {
      problem(row, column, Phrase.text(message));
    }
  }

  private final Problems problems;

  public CsvFieldReader(Problems problems) {
    this.problems = problems;
  }

  public String text(CSVRecord r, String column, int max, boolean required, long line) {
    String v = r.isMapped(column) && r.isSet(column) ? r.get(column).trim() : "";
    if (v.isEmpty()) {
      if (required) {
        problems.problem(line, column, Phrase.of("csv.required", column));
      }
      return null;
    }
    if (v.length() > max) {
      problems.problem(line, column, Phrase.of("csv.tooLong", column, max));
      return null;
    }
    if (v.matches("^[=+@].*") || (v.startsWith("-") && !column.equals("statute"))) {
      problems.problem(line, column, Phrase.of("csv.formula", column));
      return null;
    }
    return v;
  }

  public LocalDate date(CSVRecord r, String column, boolean required, long line) {
    String v = text(r, column, 10, required, line);
    if (v == null) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(v);
      if (d.isBefore(LocalDate.of(1900, 1, 1))) {
        problems.problem(line, column, Phrase.of("csv.before1900", column));
        return null;
      }
      return d;
    } catch (DateTimeParseException e) {
      problems.problem(line, column, Phrase.of("input.date.invalid", v));
      return null;
    }
  }
}
