package org.johnschool.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reading uploaded CSV files: strict UTF-8 (a byte-order mark skipped), and what to tell when a file cannot be read. */
public final class CsvInput {

  private CsvInput() {}

  /** A reader that refuses bytes that are not UTF-8 instead of guessing. */
  public static Reader strictUtf8(InputStream in) throws IOException {
    InputStream withoutBom = new java.io.BufferedInputStream(in);
    withoutBom.mark(3);
    byte[] head = withoutBom.readNBytes(3);
    if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
      withoutBom.reset();
    }
    return new BufferedReader(new InputStreamReader(withoutBom, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024);
  }

  /** The problem to report when reading stopped on an exception. */
  public static String problemOf(Exception e) {
    Throwable t = e;
    while (t != null) {
      if (t instanceof CharacterCodingException) {
        return "The file is not UTF-8 text. Save it as CSV UTF-8 and try again.";
      }
      if (t instanceof UncheckedIOException && t.getCause() == null) {
        break;
      }
      t = t.getCause();
    }
    return "The file cannot be read as CSV from here on (an unclosed quote, a row cut short, or a duplicate header?).";
  }
}
