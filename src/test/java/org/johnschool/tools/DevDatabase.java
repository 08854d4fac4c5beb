package org.johnschool.tools;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Starts a real PostgreSQL server from Maven Central binaries for the demo run and the test suite,
 * creates the application's role and database, and keeps running until the process is stopped.
 *
 * <p>Arguments: {@code --port=N --data=DIR [--fresh] [--ready-file=FILE]}. Without {@code --fresh}
 * an existing data directory is reused, so demo data survives a restart.
 */
public final class DevDatabase {

  public static final String DATABASE = "jsm";
  public static final String ROLE = "jsm";
  public static final String PASSWORD = "jsm";

  private DevDatabase() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    int port = Integer.parseInt(options.getOrDefault("port", "54329"));
    Path data = Path.of(options.getOrDefault("data", ".data/postgres")).toAbsolutePath();
    boolean fresh = options.containsKey("fresh");
    Files.createDirectories(data.getParent());

    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setDataDirectory(data)
            .setCleanDataDirectory(fresh)
            .setServerConfig("max_connections", "200")
            .setServerConfig("fsync", fresh ? "off" : "on")
            // The kept database may hold years of data (bin/generate-data: 7 GB): PostgreSQL's 128 MB default cache
            // cannot hold the indexes a referral writes into, and each insert then reads and evicts pages
            // (docs/benchmarks.md, "Referral intake"). The test suite's fresh databases are small.
            .setServerConfig("shared_buffers", fresh ? "128MB" : "1GB")
            .start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
    createRoleAndDatabase(postgres);

    System.out.printf("PostgreSQL is ready on 127.0.0.1:%d (database %s, data in %s)%n", port, DATABASE, data);
    if (options.containsKey("ready-file")) {
      Files.writeString(Path.of(options.get("ready-file")), "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE);
    }
    new CountDownLatch(1).await();
  }

  private static void createRoleAndDatabase(EmbeddedPostgres postgres) throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      if (!exists(s, "select 1 from pg_roles where rolname = '" + ROLE + "'")) {
        s.execute("create role " + ROLE + " login password '" + PASSWORD + "'");
      }
      if (!exists(s, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
        s.execute("create database " + DATABASE + " owner " + ROLE + " encoding 'UTF8' template template0");
      }
    }
  }

  private static boolean exists(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      return rs.next();
    }
  }

  private static void close(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      String a = arg.replaceFirst("^--", "");
      int eq = a.indexOf('=');
      options.put(eq < 0 ? a : a.substring(0, eq), eq < 0 ? "" : a.substring(eq + 1));
    }
    return options;
  }
}
