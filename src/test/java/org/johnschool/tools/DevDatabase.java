package org.johnschool.tools;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Starts a real PostgreSQL server from Maven Central binaries for the demo run and the test suite,
 * creates the application's role and database, and keeps running until the process is stopped.
 *
 * <p>Arguments: {@code --port=N --data=DIR [--fresh] [--ready-file=FILE]}. Without {@code --fresh}
 * an existing data directory is reused, so demo data survives a restart.
 *
 * <p>No connection is trusted (issue 22, item 17): the binaries' {@code initdb} trusts every local connection, so on the
 * first start the superuser gets a random password, kept in {@value #SUPERUSER_PASSWORD_FILE} in the data directory
 * (readable by its owner only), and {@code pg_hba.conf} is rewritten to ask every connection for its password
 * (scram-sha-256). The application's role {@value #ROLE} may create databases (the backup drill restores into one).
 */
public final class DevDatabase {

  public static final String DATABASE = "jsm";
  public static final String ROLE = "jsm";
  public static final String PASSWORD = "jsm";
  static final String SUPERUSER_PASSWORD_FILE = "superuser-password";
  private static final String HBA = """
      # Written by org.johnschool.tools.DevDatabase: every connection presents its password; none is trusted.
      local all all scram-sha-256
      host  all all 127.0.0.1/32 scram-sha-256
      host  all all ::1/128 scram-sha-256
      """;

  private DevDatabase() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    int port = Integer.parseInt(options.getOrDefault("port", "54329"));
    Path data = Path.of(options.getOrDefault("data", ".data/postgres")).toAbsolutePath();
    boolean fresh = options.containsKey("fresh");
    Files.createDirectories(data.getParent());
    Path passwordFile = data.resolve(SUPERUSER_PASSWORD_FILE);
    boolean secured = !fresh && Files.exists(passwordFile);
    String superuserPassword = secured ? Files.readString(passwordFile).trim() : newPassword();

    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setConnectConfig("password", superuserPassword)
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
    if (!secured) {
      requirePasswords(postgres, data, superuserPassword);
    }

    System.out.printf("PostgreSQL is ready on 127.0.0.1:%d (database %s, data in %s)%n", port, DATABASE, data);
    if (options.containsKey("ready-file")) {
      Files.writeString(Path.of(options.get("ready-file")), "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE);
    }
    new CountDownLatch(1).await();
  }

  /** Gives the superuser its password, keeps it for later starts, and makes the server ask every connection for one. */
  private static void requirePasswords(EmbeddedPostgres postgres, Path data, String superuserPassword) throws SQLException, IOException {
    Path file = data.resolve(SUPERUSER_PASSWORD_FILE);
    Files.writeString(file, superuserPassword + "\n");
    file.toFile().setReadable(false, false);
    file.toFile().setReadable(true, true);
    file.toFile().setWritable(false, false);
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("set password_encryption = 'scram-sha-256'");
      s.execute("alter role postgres password '" + superuserPassword + "'");
      s.execute("alter role " + ROLE + " password '" + PASSWORD + "'");
      Files.writeString(data.resolve("pg_hba.conf"), HBA);
      s.execute("select pg_reload_conf()");
    }
  }

  private static String newPassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static void createRoleAndDatabase(EmbeddedPostgres postgres) throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      if (!exists(s, "select 1 from pg_roles where rolname = '" + ROLE + "'")) {
        s.execute("create role " + ROLE + " login createdb password '" + PASSWORD + "'");
      } else {
        s.execute("alter role " + ROLE + " createdb");
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
