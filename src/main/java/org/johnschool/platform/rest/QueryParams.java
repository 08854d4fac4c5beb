package org.johnschool.platform.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.johnschool.platform.InvalidInputException;

/** Query parameters read the same way by every endpoint, with errors that name the parameter. */
public final class QueryParams {

  private QueryParams() {}

  /** A date (YYYY-MM-DD), or {@code otherwise} when the parameter is absent or blank. */
  public static LocalDate date(String text, String field, LocalDate otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "'" + text + "' is not a date (YYYY-MM-DD).");
    }
  }
}
