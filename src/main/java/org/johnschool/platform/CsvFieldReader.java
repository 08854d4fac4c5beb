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

  /** Where problems go. */
  @FunctionalInterface
  public interface Problems {
    void problem(long row, String column, String message);
  }

  private final Problems problems;

  public CsvFieldReader(Problems problems) {
    this.problems = problems;
  }

  public String text(CSVRecord r, String column, int max, boolean required, long line) {
    String v = r.isMapped(column) && r.isSet(column) ? r.get(column).trim() : "";
    if (v.isEmpty()) {
      if (required) {
        problems.problem(line, column, "Fill in " + column + ".");
      }
      return null;
    }
    if (v.length() > max) {
      problems.problem(line, column, column + " is longer than " + max + " characters.");
      return null;
    }
    if (v.matches("^[=+@].*") || (v.startsWith("-") && !column.equals("statute"))) {
      problems.problem(line, column, column + " may not start with =, +, - or @ (spreadsheet formula).");
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
        problems.problem(line, column, column + " lies before 1900.");
        return null;
      }
      return d;
    } catch (DateTimeParseException e) {
      problems.problem(line, column, "'" + v + "' is not a date (YYYY-MM-DD).");
      return null;
    }
  }
}
