package org.johnschool.platform;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import org.postgresql.copy.CopyManager;

/** Rows of one table in PostgreSQL's CSV COPY format (empty unquoted = NULL, text always quoted), sent in one COPY. */
public final class CopyRows {
  private final String target;
  private final StringBuilder rows = new StringBuilder(64 * 1024);
  private int count;

  /** {@code target} is the table with its column list, e.g. {@code "charge (id, referral_id)"}. */
  public CopyRows(String target) {
    this.target = target;
  }

  public void row(Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        rows.append(',');
      }
      Object v = values[i];
      if (v == null) {
        continue;
      }
      if (v instanceof String text) {
        rows.append('"').append(text.replace("\"", "\"\"")).append('"');
      } else {
        rows.append(v);
      }
    }
    rows.append('\n');
    count++;
  }

  public int count() {
    return count;
  }

  /** Sends the rows gathered so far and starts empty again. */
  public void send(CopyManager copy) throws SQLException {
    if (count == 0) {
      return;
    }
    try {
      copy.copyIn("copy " + target + " from stdin with (format csv)", new StringReader(rows.toString()));
    } catch (IOException e) {
      throw new SQLException("COPY into " + target + " failed", e);
    }
    rows.setLength(0);
    count = 0;
  }
}
