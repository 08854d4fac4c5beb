package org.johnschool.platform;

/**
 * One cell of a CSV export: quoted when it holds a comma, quote or line break, and defused when a
 * spreadsheet would read it as a formula (a leading =, +, -, @, tab or carriage return gets an apostrophe).
 */
public final class CsvCell {

  private CsvCell() {}

  public static String of(String value) {
    if (value == null) {
      return "";
    }
    String v = value.matches("(?s)^[=+\\-@\\t\\r].*") ? "'" + value : value;
    return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }
}
