package org.johnschool.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an imported CSV file the way every import does: strict UTF-8 (a byte-order mark is fine), RFC 4180, a header
 * row whose names are compared case-insensitively, in any order, optional columns left out as the file likes, empty
 * lines skipped. A missing required column, a broken encoding or a broken quote is reported as a problem (row,
 * column, message); the rows stream to the handler one at a time.
 */
public final class CsvFile {

  /** Receives the rows of a file, then its end. */
  public interface Rows {
    void row(CSVRecord record);

    /** Called after the last row (not when the header is wrong). */
    void end();
  }

  /** What every import says of a file with a header and nothing under it (a truncated or wrong file, never a real docket). */
  public static final String NO_ROWS = "The file has no rows under its header. Check that it is the whole file.";

  private CsvFile() {}

  /** Reads a file that must have the {@code required} columns (others may be left out). */
  public static void read(InputStream csv, java.util.Collection<String> required, CsvFieldReader.Problems problems, Rows rows) {
    long lastRow = 1;
    try (Reader reader = CsvInput.strictUtf8(csv);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreHeaderCase(true).get().parse(reader)) {
      List<String> header = parser.getHeaderNames().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
      if (!header.containsAll(required)) {
        List<String> missing = required.stream().filter(c -> !header.contains(c)).sorted().toList();
        problems.problem(1, String.join(", ", missing), Phrase.of("csv.header.missing", String.join(", ", missing)));
        return;
      }
      for (CSVRecord r : parser) {
        lastRow = r.getRecordNumber() + 1;
        rows.row(r);
      }
      if (lastRow == 1) {
        problems.problem(2, "", NO_ROWS);
        return;
      }
      rows.end();
    } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException | IOException e) {
      problems.problem(lastRow + 1, "", CsvInput.problemOf(e));
    }
  }
}
