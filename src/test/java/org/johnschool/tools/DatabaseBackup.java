package org.johnschool.tools;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A consistent backup of the application's PostgreSQL database, and its restore, with nothing but Java
 * (for machines without PostgreSQL's client tools of the server's version; where they exist,
 * {@code pg_dump --format=custom} is as good, see docs/deployment notes in the README).
 *
 * <p>Backup: one read-only REPEATABLE READ transaction, so every table is read at the same instant while
 * the application keeps running; the file (gzip) holds the schema version (Flyway), every sequence's
 * position and every table's rows in PostgreSQL's COPY text format. Restore: into an empty database,
 * the schema is built by the application's own migrations up to that version, the rows are copied in,
 * parents before children, and the sequences set; then each table's row count is checked against the file.
 *
 * <p>{@code bin/backup JDBC_URL USER PASSWORD FILE} and {@code bin/restore FILE JDBC_URL USER PASSWORD}.
 */
public final class DatabaseBackup {

  static final String MAGIC = "JSM-BACKUP 1";
  static final String END = "\\.";

  private DatabaseBackup() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 5 && args[0].equals("backup")) {
      Map<String, Long> rows = backup(args[1], args[2], args[3], Path.of(args[4]));
      System.out.println("Backed up " + rows.size() + " tables, " + rows.values().stream().mapToLong(Long::longValue).sum() + " rows to " + args[4]);
    } else if (args.length == 5 && args[0].equals("restore")) {
      Map<String, Long> rows = restore(Path.of(args[1]), args[2], args[3], args[4]);
      System.out.println("Restored " + rows.size() + " tables, " + rows.values().stream().mapToLong(Long::longValue).sum() + " rows from " + args[1]);
    } else {
      System.err.println("usage: backup JDBC_URL USER PASSWORD FILE | restore FILE JDBC_URL USER PASSWORD");
      System.exit(2);
    }
  }

  /** Writes the backup; returns the rows per table. */
  public static Map<String, Long> backup(String url, String user, String password, Path file) throws SQLException, IOException {
    Map<String, Long> counts = new LinkedHashMap<>();
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (Connection c = DriverManager.getConnection(url, user, password);
        Writer out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(partial)), StandardCharsets.UTF_8))) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("set transaction isolation level repeatable read, read only");
      }
      out.write(MAGIC + "\n");
      out.write("flyway " + single(c, "select version from flyway_schema_history where success order by installed_rank desc limit 1") + "\n");
      for (String seq : list(c, "select sequence_name from information_schema.sequences where sequence_schema = 'public' order by 1")) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select last_value, is_called from " + quote(seq))) {
          rs.next();
          out.write("sequence " + seq + " " + rs.getLong(1) + " " + rs.getBoolean(2) + "\n");
        }
      }
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      for (String table : tables(c)) {
        List<String> columns = columns(c, table);
        out.write("table " + table + " " + String.join(",", columns) + "\n");
        long n = copy.copyOut("copy " + quote(table) + " (" + quoted(columns) + ") to stdout", out);
        out.write(END + "\n");
        counts.put(table, n);
      }
      out.write("end\n");
      c.commit();
    }
    Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return counts;
  }

  /** Restores into an empty database; returns the rows per table (checked against the database after loading). */
  public static Map<String, Long> restore(Path file, String url, String user, String password) throws SQLException, IOException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      if (!MAGIC.equals(in.readLine())) {
        throw new IOException(file + " is not a John School Manager backup");
      }
      String version = in.readLine().substring("flyway ".length());
      try (Connection c = DriverManager.getConnection(url, user, password)) {
        if (!tables(c).isEmpty()) {
          throw new IllegalStateException("The target database is not empty; restore only into a new, empty database.");
        }
      }
      Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target(version).load().migrate();

      Map<String, String> sequences = new LinkedHashMap<>();
      Map<String, Path> data = new HashMap<>();
      Map<String, List<String>> columns = new HashMap<>();
      String line;
      while ((line = in.readLine()) != null && !line.equals("end")) {
        if (line.startsWith("sequence ")) {
          String[] p = line.split(" ");
          sequences.put(p[1], p[2] + "," + p[3]);
        } else if (line.startsWith("table ")) {
          String[] p = line.split(" ", 3);
          Path part = Files.createTempFile("jsm-restore-" + p[1], ".copy");
          long n = 0;
          try (Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            while (!(line = in.readLine()).equals(END)) {
              w.write(line);
              w.write('\n');
              n++;
            }
          }
          data.put(p[1], part);
          columns.put(p[1], p.length > 2 && !p[2].isEmpty() ? List.of(p[2].split(",")) : List.of());
          counts.put(p[1], n);
        }
      }
      if (!"end".equals(line)) {
        throw new IOException(file + " is cut short");
      }

      try (Connection c = DriverManager.getConnection(url, user, password)) {
        c.setAutoCommit(false);
        List<String> order = parentsFirst(c, new ArrayList<>(data.keySet()));
        try (Statement s = c.createStatement()) {
          s.execute("truncate " + String.join(", ", order.stream().map(DatabaseBackup::quote).toList()));
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        for (String table : order) {
          try (Reader r = Files.newBufferedReader(data.get(table), StandardCharsets.UTF_8)) {
            copy.copyIn("copy " + quote(table) + " (" + quoted(columns.get(table)) + ") from stdin", r);
          }
        }
        try (Statement s = c.createStatement()) {
          for (var seq : sequences.entrySet()) {
            String[] v = seq.getValue().split(",");
            s.execute("select setval('" + seq.getKey().replace("'", "''") + "', " + Long.parseLong(v[0]) + ", " + Boolean.parseBoolean(v[1]) + ")");
          }
        }
        for (var count : counts.entrySet()) {
          long found = Long.parseLong(single(c, "select count(*) from " + quote(count.getKey())));
          if (found != count.getValue()) {
            throw new IllegalStateException(count.getKey() + ": " + found + " rows restored, " + count.getValue() + " in the backup");
          }
        }
        c.commit();
      } finally {
        for (Path p : data.values()) {
          Files.deleteIfExists(p);
        }
      }
    }
    return counts;
  }

  /** The application's tables (Flyway's own history is rebuilt by the migrations). */
  static List<String> tables(Connection c) throws SQLException {
    return list(c, "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'"
        + " and table_name <> 'flyway_schema_history' order by 1");
  }

  static List<String> columns(Connection c, String table) throws SQLException {
    return list(c, "select column_name from information_schema.columns where table_schema = 'public' and table_name = '"
        + table.replace("'", "''") + "' and is_generated = 'NEVER' order by ordinal_position");
  }

  /** Tables in an order where every table comes after the tables its foreign keys point to. */
  static List<String> parentsFirst(Connection c, List<String> tables) throws SQLException {
    Map<String, Set<String>> parents = new HashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select c.conrelid::regclass::text, c.confrelid::regclass::text"
        + " from pg_constraint c where c.contype = 'f' and c.conrelid <> c.confrelid")) {
      while (rs.next()) {
        parents.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
      }
    }
    List<String> order = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    List<String> left = new ArrayList<>(tables);
    while (!left.isEmpty()) {
      boolean progress = false;
      for (String t : new ArrayList<>(left)) {
        Set<String> needs = new LinkedHashSet<>(parents.getOrDefault(t, Set.of()));
        needs.retainAll(tables);
        if (placed.containsAll(needs)) {
          order.add(t);
          placed.add(t);
          left.remove(t);
          progress = true;
        }
      }
      if (!progress) {
        throw new IllegalStateException("Foreign keys form a cycle among " + left);
      }
    }
    return order;
  }

  private static List<String> list(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static String single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  private static String quoted(List<String> columns) {
    return String.join(", ", columns.stream().map(DatabaseBackup::quote).toList());
  }
}
