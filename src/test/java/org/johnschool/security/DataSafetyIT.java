package org.johnschool.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.johnschool.identity.domain.OneTimeCode;
import org.johnschool.support.Api;
import org.johnschool.support.ServerClock;
import org.johnschool.support.ClassSessions;
import org.johnschool.support.DemoUser;
import org.johnschool.support.PageSession;
import org.johnschool.support.Referrals;
import org.johnschool.support.ServerProcess;
import org.johnschool.support.TcpProxy;
import org.johnschool.tools.DatabaseBackup;
import org.johnschool.tools.DocketBenchmark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Data safety (issue 8), on a server and a database of their own. Crashes: the server is killed with
 * SIGKILL in the middle of a large docket import and in the middle of a burst of payments, then started
 * again; no part of the import may be visible, no acknowledged payment lost, none doubled when clients
 * retry with their Idempotency-Keys, receipt numbers without a gap. Outage: the database line is cut for
 * 30 seconds. Backup: the database is backed up, restored into an empty one, and every row compared.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("slow") // two minutes of crashes and an outage: `bin/test -DexcludedGroups=slow` skips them on a developer's machine
class DataSafetyIT {

  static final String DATABASE = "jsm_crash";
  static final int IMPORT_ROWS = 30_000;
  static final int PAYMENTS = 150;
  static ServerProcess server;
  static TcpProxy databaseLine;
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  static String port() {
    return System.getProperty("test.db.port", "54330");
  }

  static Connection database() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE, "jsm", "jsm");
  }

  static long count(String sql) throws SQLException {
    try (Connection c = database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @BeforeAll
  static void startServer() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port() + "/postgres", "jsm", "jsm");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + DATABASE + " with (force)");
      s.execute("create database " + DATABASE + " owner jsm encoding 'UTF8' template template0");
    }
    Path target = Path.of(System.getProperty("project.build.directory", "target"));
    databaseLine = new TcpProxy(Integer.parseInt(port()));
    server = new ServerProcess(target.resolve("server"), target.resolve("crash-server").toAbsolutePath(),
        "jdbc:postgresql://127.0.0.1:" + databaseLine.port() + "/" + DATABASE);
    server.start();
    server.awaitManagement(Duration.ofSeconds(120));
    server.deploy(target.resolve("john-school-manager.war"));
    server.awaitApplication(Duration.ofSeconds(180));
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
    if (databaseLine != null) {
      databaseLine.close();
    }
  }

  static void restart() throws Exception {
    server.start();
    server.awaitApplication(Duration.ofSeconds(180));
  }

  /** Kills the server once the database shows it working on a statement for this long. */
  static long killWhileBusy(Duration busyFor) throws Exception {
    long start = System.nanoTime();
    long busySince = 0;
    while (System.nanoTime() - start < Duration.ofSeconds(120).toNanos()) {
      long active = count("select count(*) from pg_stat_activity where datname = '" + DATABASE + "' and state = 'active'"
          + " and pid <> pg_backend_pid()");
      if (active > 0) {
        busySince = busySince == 0 ? System.nanoTime() : busySince;
        if (System.nanoTime() - busySince >= busyFor.toNanos()) {
          server.kill();
          return (System.nanoTime() - start) / 1_000_000;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the server never got busy");
  }

  static String basic(DemoUser u) {
    return "Basic " + Base64.getEncoder().encodeToString((u.username + ":" + u.password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @Order(1)
  void a_server_killed_in_the_middle_of_a_large_import_shows_none_of_it_and_takes_it_whole_afterwards() throws Exception {
    Path file = Path.of(System.getProperty("project.build.directory", "target"), "crash-docket.csv");
    DocketBenchmark.write(file, IMPORT_ROWS);
    long before = count("select count(*) from referral");

    CompletableFuture<HttpResponse<String>> upload = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "api/v1/referrals/import"))
        .timeout(Duration.ofMinutes(5)).header("Authorization", basic(DemoUser.ADMIN)).header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
    long killedAfter = killWhileBusy(Duration.ofSeconds(3));
    assertTrue(upload.handle((r, e) -> e != null || r.statusCode() >= 500).get(30, TimeUnit.SECONDS),
        "the client saw the import fail, not succeed");

    assertEquals(before, count("select count(*) from referral"), "no row of the import survives the crash (killed after " + killedAfter + " ms)");
    assertEquals(0, count("select count(*) from person where id not in (select person_id from referral)"), "no orphaned persons");
    restart();
    assertEquals(before, Api.as(server.url(), DemoUser.ADMIN).get("api/v1/referrals?size=1").json().getJsonNumber("total").longValue());

    HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1/referrals/import"))
        .timeout(Duration.ofMinutes(5)).header("Authorization", basic(DemoUser.ADMIN)).header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(before + IMPORT_ROWS, count("select count(*) from referral"), "the same file goes in whole after the restart");
    System.out.println("Crash during import: killed after " + killedAfter + " ms; nothing visible after restart; re-import of "
        + IMPORT_ROWS + " rows succeeded");
  }

  @Test
  @Order(2)
  void a_server_killed_during_a_burst_of_payments_loses_and_doubles_none_and_leaves_no_gap_in_receipts() throws Exception {
    URL url = server.url();
    long session = ClassSessions.create(url, ServerClock.today(url).plusDays(60), "en", 5);
    long referral = ClassSessions.eligibleCase(url);
    var enrolled = Api.as(url, DemoUser.COORDINATOR).post("api/v1/referrals/" + referral + "/enrollment", "{\"sessionId\":" + session + "}");
    assertEquals(201, enrolled.status(), enrolled.toString());

    String run = Long.toString(System.nanoTime(), 36);
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicInteger answered = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<CompletableFuture<Void>> sends = new ArrayList<>();
    for (int i = 0; i < PAYMENTS; i++) {
      String key = run + "-" + i;
      sends.add(CompletableFuture.runAsync(() -> {
        int status = pay(url, referral, key);
        if (status == 201 || status == 200) {
          acknowledged.add(key);
          answered.incrementAndGet();
        }
      }, pool));
    }
    while (answered.get() < PAYMENTS / 4) {
      Thread.sleep(20);
    }
    server.kill();
    CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).handle((v, e) -> null).get(60, TimeUnit.SECONDS);
    int acknowledgedAtCrash = acknowledged.size();
    assertTrue(acknowledgedAtCrash < PAYMENTS, "the crash came in the middle of the burst");

    for (String key : acknowledged) {
      assertEquals(1, count("select count(*) from account_entry where idempotency_key = '" + key + "'"), "acknowledged payment " + key + " kept");
    }
    assertGapless();
    long storedAtCrash = count("select count(*) from account_entry where idempotency_key like '" + run + "-%'");

    restart();
    for (int i = 0; i < PAYMENTS; i++) {
      int status = pay(url, referral, run + "-" + i);
      assertTrue(status == 200 || status == 201, "retry " + i + " -> " + status);
    }
    assertEquals(PAYMENTS, count("select count(*) from account_entry where idempotency_key like '" + run + "-%'"),
        "every payment once: none lost, none doubled by the retries");
    assertGapless();
    System.out.println("Crash during payments: " + acknowledgedAtCrash + " of " + PAYMENTS + " acknowledged and " + storedAtCrash
        + " stored at the crash; after restart and retries " + PAYMENTS + " payments, receipts gapless");
  }

  @Test
  @Order(3)
  void when_the_database_is_out_for_30_seconds_requests_get_a_clear_503_and_the_server_recovers_by_itself() throws Exception {
    URL url = server.url();
    Api coordinator = Api.as(url, DemoUser.COORDINATOR);
    PageSession browser = new PageSession(url);
    assertEquals(302, browser.signIn(DemoUser.COORDINATOR).status());
    assertEquals(200, browser.get("cases/list.xhtml").status());
    assertEquals(200, coordinator.get("api/v1/referrals?size=1").status());

    databaseLine.cut();
    long outageStart = System.nanoTime();
    int refusals = 0;
    long slowest = 0;
    while (System.nanoTime() - outageStart < Duration.ofSeconds(30).toNanos()) {
      long t = System.nanoTime();
      var api = coordinator.get("api/v1/referrals?size=1");
      var page = browser.get("cases/list.xhtml");
      var write = Api.as(url, DemoUser.CLERK_SF).post("api/v1/referrals", Referrals.eligible("SF-SUP"));
      slowest = Math.max(slowest, (System.nanoTime() - t) / 1_000_000);
      assertEquals(503, api.status(), api.toString());
      assertTrue(api.body().contains("database cannot be reached"), api.body());
      assertEquals(503, page.status(), "page: " + page.body());
      assertTrue(page.body().contains("unavailable for a moment"), page.body());
      assertEquals(503, write.status(), write.toString());
      refusals += 3;
      Thread.sleep(2000);
    }
    databaseLine.restore();
    long restored = System.nanoTime();
    while (coordinator.get("api/v1/referrals?size=1").status() != 200) {
      assertTrue(System.nanoTime() - restored < Duration.ofSeconds(60).toNanos(), "recovered within a minute");
      Thread.sleep(500);
    }
    long recoveryMs = (System.nanoTime() - restored) / 1_000_000;
    assertEquals(200, browser.get("cases/list.xhtml").status(), "the signed-in session carries on");
    assertEquals(201, Api.as(url, DemoUser.CLERK_SF).post("api/v1/referrals", Referrals.eligible("SF-SUP")).status(), "and writes work");
    System.out.println("Database outage: 30 s, " + refusals + " requests answered 503 (slowest round of three " + slowest
        + " ms), recovered " + recoveryMs + " ms after the database returned");
  }

  @Test
  @Order(4)
  void a_backup_restored_into_an_empty_database_holds_every_row() throws Exception {
    server.kill();
    Path file = Path.of(System.getProperty("project.build.directory", "target"), "drill.jsm-backup.gz");
    String source = "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    String restored = "jdbc:postgresql://127.0.0.1:" + port() + "/jsm_restore";
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port() + "/postgres", "jsm", "jsm");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists jsm_restore with (force)");
      s.execute("create database jsm_restore owner jsm encoding 'UTF8' template template0");
    }
    long t0 = System.nanoTime();
    Map<String, Long> backedUp = DatabaseBackup.backup(source, "jsm", "jsm", file);
    long t1 = System.nanoTime();
    Map<String, Long> restoredRows = DatabaseBackup.restore(file, restored, "jsm", "jsm");
    long t2 = System.nanoTime();
    assertEquals(backedUp, restoredRows);

    Map<String, String> before = contents(source);
    Map<String, String> after = contents(restored);
    assertEquals(before.keySet(), after.keySet(), "the same tables and sequences");
    for (String table : before.keySet()) {
      assertEquals(before.get(table), after.get(table), table + ": every row, every value");
    }
    long rows = backedUp.values().stream().mapToLong(Long::longValue).sum();
    assertTrue(backedUp.get("referral") >= IMPORT_ROWS, "the drill has data to restore");
    System.out.println("Backup drill: " + backedUp.size() + " tables, " + rows + " rows, " + Files.size(file) / 1024 + " KiB; backup "
        + (t1 - t0) / 1_000_000 + " ms, restore " + (t2 - t1) / 1_000_000 + " ms; every table's rows and sequences identical");
  }

  /** Per table: row count and a digest of every row's text, in a stable order; per sequence: its position. */
  static Map<String, String> contents(String url) throws SQLException {
    Map<String, String> out = new java.util.TreeMap<>();
    try (Connection c = DriverManager.getConnection(url, "jsm", "jsm"); Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = 'public'"
          + " and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String t : tables) {
        try (ResultSet rs = s.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(x::text, E'\\n' order by x::text)), '')"
            + " from \"" + t + "\" x")) {
          rs.next();
          out.put(t, rs.getString(1));
        }
      }
      List<String> sequences = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("select sequence_name from information_schema.sequences where sequence_schema = 'public'")) {
        while (rs.next()) {
          sequences.add(rs.getString(1));
        }
      }
      for (String q : sequences) {
        try (ResultSet rs = s.executeQuery("select last_value || '/' || is_called from \"" + q + "\"")) {
          rs.next();
          out.put("sequence " + q, rs.getString(1));
        }
      }
    }
    return out;
  }

  static int pay(URL url, long referral, String key) {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(url + "api/v1/referrals/" + referral + "/payments")).timeout(Duration.ofSeconds(30))
          .header("Authorization", basic(DemoUser.COORDINATOR)).header("Content-Type", "application/json").header("Accept", "application/json")
          .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString("{\"amount\":\"0.50\",\"method\":\"CASH\"}")).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      return -1;
    }
  }

  /** Receipt numbers of the program run 1, 2, 3 … without a gap, and the counter stands right after the last. */
  @Test
  @Order(5)
  void an_authenticator_secret_stored_before_sealing_is_sealed_at_the_next_start_and_still_takes_codes() throws Exception {
    String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    try (Connection c = database(); Statement s = c.createStatement()) {
      s.executeUpdate("update app_user set mfa_secret = '" + secret + "', mfa_enrolled_at = now(), mfa_last_step = null"
          + " where username = '" + DemoUser.EVALUATOR.username + "'");
    }
    server.kill();
    restart();
    try (Connection c = database(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select mfa_secret from app_user where username = '" + DemoUser.EVALUATOR.username + "'")) {
      rs.next();
      String stored = rs.getString(1);
      assertTrue(stored.startsWith("v1:") && !stored.contains(secret), "sealed at start: " + stored.length() + " characters");
    }
    HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1/auth/tokens"))
        .header("Authorization", basic(DemoUser.EVALUATOR)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + OneTimeCode.at(secret, Instant.now())
            + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(201, token.statusCode(), "the sealed secret still checks the code from the app: " + token.body());
  }

  static void assertGapless() throws SQLException {
    List<Long> numbers = new ArrayList<>();
    try (Connection c = database(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select cast(substring(receipt_number from '[0-9]+$') as bigint) from account_entry where receipt_number is not null order by 1")) {
      while (rs.next()) {
        numbers.add(rs.getLong(1));
      }
    }
    for (int i = 0; i < numbers.size(); i++) {
      assertEquals(i + 1, numbers.get(i), "receipt numbers run without a gap: " + numbers);
    }
    if (!numbers.isEmpty()) {
      assertEquals(numbers.size() + 1, count("select next_number from receipt_counter"));
    }
  }
}
