package org.johnschool.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.johnschool.support.DemoUser;

/** The reviewed access tables of the test resources: one row per operation or page, one cell per caller. */
final class AccessTable {

  /** The callers of both tables, in column order. */
  static final List<String> CALLERS = List.of("anonymous", "admin", "coordinator", "facilitator", "clerk", "evaluator");

  private AccessTable() {}

  /** The rows of a table (empty when the resource is missing); comment lines (#) and the header are skipped. */
  static Map<String, String[]> read(String resource) {
    Map<String, String[]> rows = new LinkedHashMap<>();
    try (InputStream in = AccessTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        return rows;
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split(",");
        rows.put(cells[0].trim(), Arrays.stream(cells, 1, cells.length).map(String::trim).toArray(String[]::new));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** The demo account of a caller (the clerk is San Francisco's). */
  static DemoUser user(String caller) {
    return DemoUser.valueOf(caller.equals("clerk") ? "CLERK_SF" : caller.toUpperCase());
  }
}
