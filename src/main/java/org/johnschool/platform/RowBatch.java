package org.johnschool.platform;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.hibernate.Session;

/**
 * The rows of a streamed, all-or-nothing import gathered into batches: each full batch is written over the
 * transaction's JDBC connection while the file is still clean; once a row is wrong nothing more is written (the
 * transaction rolls back anyway) and rows only keep being checked.
 */
public final class RowBatch<R> {

  /** Writes one batch. */
  @FunctionalInterface
  public interface Writer<R> {
    void write(Connection connection, List<R> rows) throws SQLException;
  }

  private final EntityManager em;
  private final int size;
  private final BooleanSupplier clean;
  private final Writer<R> writer;
  private final List<R> rows = new ArrayList<>();

  public RowBatch(EntityManager em, int size, BooleanSupplier clean, Writer<R> writer) {
    this.em = em;
    this.size = size;
    this.clean = clean;
    this.writer = writer;
  }

  public void add(R row) {
    rows.add(row);
    if (rows.size() >= size) {
      flush();
    }
  }

  /** Writes what is gathered (if the file is still clean) and starts a new batch. */
  public void flush() {
    if (!rows.isEmpty() && clean.getAsBoolean()) {
      em.unwrap(Session.class).doWork(c -> writer.write(c, rows));
    }
    rows.clear();
  }
}
