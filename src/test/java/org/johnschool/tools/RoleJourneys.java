package org.johnschool.tools;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.johnschool.identity.domain.PasswordHasher;
import org.johnschool.support.PageSession;
import org.johnschool.support.PageSession.Page;

/**
 * Each role's daily work against the running application on the generated data (issue 7; bin/benchmark-journeys):
 * clerks refer cases and check their status; coordinators search the case list, open a case, enroll a referred
 * case and take its payment; facilitators open the calendar and a class roster; evaluators run a cohort report. Users
 * work in the program GEN-001 of bin/generate-data (about 20,000 cases, 20 years of classes), each waiting about
 * THINK_MS between requests as a person reading the page does. Prints p50/p95/p99 per request and the errors.
 *
 * <p>Arguments: {@code BASE JDBC USERS ROUNDS THINK_MS [WARM_UP]}; ROUNDS 0 measures referral intake against the bare
 * insert only. WARM_UP rounds (default 0) run first with the same users and are printed apart: a server just started
 * compiles its hot code during the first few hundred requests, which the one-user pass alone does not cover.
 */
public final class RoleJourneys {

  private static final long PROGRAM = 900_001;
  private static final long COURT = 900_011;
  /**
   * The intake comparison refers thousands of cases a run: into the second generated program (its own clerk), so the
   * program the journeys read (GEN-001) keeps its size from run to run.
   */
  private static final long INTAKE_PROGRAM = 900_002;
  private static final long INTAKE_COURT = 900_021;
  private static final String INTAKE_CLERK = "gen-intake-clerk";
  private static final String PASSWORD = "journey-load-password-42";
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
      .build();

  private final String base;
  private int think;
  /** Users start one after another over this time. */
  private static final long RAMP_MS = 10_000;
  private Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
  private Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Long> referred = new ConcurrentLinkedQueue<>();
  private List<Long> cases;
  private List<String> lastNames;
  private List<Long> pastSessions;
  private List<Long> comingSessions;

  private RoleJourneys(String base, int think) {
    this.base = base;
    this.think = think;
  }

  public static void main(String[] args) throws Exception {
    String given = args.length > 0 ? args[0] : "http://localhost:8080/";
    String base = given.endsWith("/") ? given : given + "/";
    String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:54329/jsm";
    int users = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    int think = args.length > 4 ? Integer.parseInt(args[4]) : 1000;
    RoleJourneys j = new RoleJourneys(base, think);
    j.setUp(jdbc);
    int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 0;
    if (rounds > 0) {
      j.alone(5);
      if (warmUp > 0) {
        j.run(users, warmUp, "Warm-up (not counted below)");
        j.startCounting();
      }
      j.run(users, rounds, "Measured");
    }
    j.intakeAgainstBareInsert(users, 20);
  }

  /**
   * Referral intake by REST against a bare endpoint that does one insert (POST /api/v1/load-probe), both signed in as the
   * clerk, THREADS at once with no pause for SECONDS each: bare, intake, bare again (the two bare runs averaged, so a
   * drift of the machine during the run shows). Target: intake at least half the bare endpoint's requests per second.
   */
  private void intakeAgainstBareInsert(int threads, int seconds) throws InterruptedException {
    double bare1 = throughput("bare insert", threads, seconds, () -> send(INTAKE_CLERK, "POST", "api/v1/load-probe", null, null), 201);
    double intake = throughput("referral intake", threads, seconds,
        () -> send(INTAKE_CLERK, "POST", "api/v1/referrals", referralBody("GEN-002-C1"), null), 201);
    double bare2 = throughput("bare insert", threads, seconds, () -> send(INTAKE_CLERK, "POST", "api/v1/load-probe", null, null), 201);
    double bare = (bare1 + bare2) / 2;
    System.out.printf("%nReferral intake %.0f/s against a bare insert %.0f/s (%.0f and %.0f): %.0f%% (target: at least 50%%)%n", intake, bare,
        bare1, bare2, 100 * intake / bare);
  }

  private double throughput(String what, int threads, int seconds, Supplier<HttpResponse<String>> call, int expected)
      throws InterruptedException {
    AtomicInteger done = new AtomicInteger();
    AtomicInteger wrong = new AtomicInteger();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int t = 0; t < threads; t++) {
      pool.submit(() -> {
        while (System.nanoTime() < end) {
          try {
            (call.get().statusCode() == expected ? done : wrong).incrementAndGet();
          } catch (RuntimeException e) {
            wrong.incrementAndGet();
          }
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
    double perSecond = done.get() / (double) seconds;
    System.out.printf("%s: %,d answered in %d s (%.0f/s), %d unexpected answers%n", what, done.get(), seconds, perSecond, wrong.get());
    return perSecond;
  }

  /** Staff of GEN-001 (one per role), the cases and classes the journeys pick from, and one linkage run for the cohorts. */
  private void setUp(String jdbc) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbc, "jsm", "jsm"); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("select count(*) from program where id = " + PROGRAM)) {
        rs.next();
        if (rs.getLong(1) == 0) {
          throw new IllegalStateException("No generated data: run bin/generate-data first.");
        }
      }
      String hash = PasswordHasher.hash(PASSWORD);
      try (PreparedStatement ps = c.prepareStatement("""
          insert into app_user (id, program_id, username, display_name, role, court_id, password_hash, password_changed_at, created_at, modified_at)
          values (nextval('app_user_seq'), ?, ?, ?, ?, ?, ?, now(), now(), now()) on conflict (username) do nothing
          """)) {
        for (String role : List.of("CLERK", "COORDINATOR", "FACILITATOR", "EVALUATOR")) {
          account(ps, PROGRAM, "gen-" + role.toLowerCase(), role, role.equals("CLERK") ? COURT : null, hash);
        }
        account(ps, INTAKE_PROGRAM, INTAKE_CLERK, "CLERK", INTAKE_COURT, hash);
      }
      cases = longs(s, "select id from referral where program_id = " + PROGRAM + " order by id");
      lastNames = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("select distinct p.last_name from person p where p.program_id = " + PROGRAM + " limit 2000")) {
        while (rs.next()) {
          lastNames.add(rs.getString(1));
        }
      }
      pastSessions = longs(s, "select id from class_session where program_id = " + PROGRAM + " and session_date < current_date and enrolled > 0");
      comingSessions = longs(s, "select id from class_session where program_id = " + PROGRAM + " and session_date > current_date + 1");
      try (ResultSet rs = s.executeQuery("select count(*) from arrest_link where program_id = " + PROGRAM)) {
        rs.next();
        if (rs.getLong(1) == 0) {
          long t = System.nanoTime();
          HttpResponse<String> run = send("gen-coordinator", "POST", "api/v1/linkage/runs", "{}", Duration.ofMinutes(30));
          System.out.printf("Linkage run for GEN-001 (once): %d in %.0f s%n", run.statusCode(), (System.nanoTime() - t) / 1e9);
        }
      } catch (java.sql.SQLException e) {
        System.out.println("Links not counted (" + e.getSQLState() + "); running no linkage");
      }
    }
    System.out.printf("GEN-001: %,d cases, %,d past classes, %,d coming classes%n", cases.size(), pastSessions.size(), comingSessions.size());
  }

  /**
   * Each request's own cost: one user at a time, no think time, ROUNDS journeys of each role (the first round a warm-up,
   * not counted). Printed before the run with 20 users, so queueing under load shows as the difference.
   */
  private void alone(int rounds) throws Exception {
    PageSession[] pages = new PageSession[2];
    pages[0] = new PageSession(new URL(base));
    pages[0].signIn("gen-coordinator", PASSWORD);
    pages[1] = new PageSession(new URL(base));
    pages[1].signIn("gen-facilitator", PASSWORD);
    int thinking = think;
    think = 0;
    for (int i = 0; i <= rounds; i++) {
      if (i == 1) {
        startCounting();
      }
      clerk();
      coordinator(pages[0]);
      facilitator(pages[1]);
      evaluator();
    }
    System.out.printf("%nOne user at a time, no think time, %d journeys of each role:%n", rounds);
    report();
    startCounting();
    think = thinking;
  }

  /** Forgets the times and errors counted so far (a warm-up's). */
  private void startCounting() {
    times = new ConcurrentHashMap<>();
    errors = new ConcurrentHashMap<>();
  }

  private void run(int users, int rounds, String label) throws InterruptedException {
    String[] roles = {"clerk", "coordinator", "coordinator", "facilitator", "clerk", "coordinator", "evaluator", "coordinator", "facilitator",
        "clerk"};
    ExecutorService pool = Executors.newFixedThreadPool(users);
    long start = System.nanoTime();
    for (int u = 0; u < users; u++) {
      String role = roles[u % roles.length];
      long startAfter = u * RAMP_MS / users;
      pool.submit(() -> {
        try {
          // Users arrive over RAMP_MS, as load tools ramp them (Gatling's rampUsers), not all in the same instant: twenty
          // sign-ins at once would each pay the password hash (0.3 s of CPU) together and hold both cores for seconds.
          Thread.sleep(startAfter);
          PageSession pages = new PageSession(new URL(base));
          if (!role.equals("clerk") && !role.equals("evaluator")) {
            timed("sign in (page)", () -> pages.signIn("gen-" + role, PASSWORD).status(), 302);
          }
          for (int i = 0; i < rounds; i++) {
            switch (role) {
              case "clerk" -> clerk();
              case "coordinator" -> coordinator(pages);
              case "facilitator" -> facilitator(pages);
              default -> evaluator();
            }
          }
        } catch (Exception e) {
          errors.computeIfAbsent("journey: " + e.getClass().getSimpleName() + " " + e.getMessage(), k -> new AtomicInteger()).incrementAndGet();
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(2, TimeUnit.HOURS);
    double seconds = (System.nanoTime() - start) / 1e9;
    int requests = times.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum();
    System.out.printf("%n%s: %d users (clerks, coordinators, facilitators, evaluators) x %d journeys, think time %d ms: %,d requests in %.0f s (%.0f/s)%n",
        label, users, rounds, think, requests, seconds, requests / seconds);
    report();
  }

  private void report() {
    System.out.println("| request | count | p50 ms | p95 ms | p99 ms | max ms | errors |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (var e : new TreeMap<>(times).entrySet()) {
      List<Long> ms = new ArrayList<>(e.getValue());
      Collections.sort(ms);
      System.out.printf("| %s | %d | %d | %d | %d | %d | %d |%n", e.getKey(), ms.size(), SessionLoadBenchmark.pct(ms, 50), SessionLoadBenchmark.pct(ms, 95), SessionLoadBenchmark.pct(ms, 99),
          ms.get(ms.size() - 1), errors.getOrDefault(e.getKey(), new AtomicInteger()).get());
    }
    errors.forEach((k, v) -> {
      if (!times.containsKey(k)) {
        System.out.println("Error: " + k + " x" + v.get());
      }
    });
  }

  /** A clerk refers a case from the court's docket and checks the status of one referred before. */
  private void clerk() {
    String body = referralBody("GEN-001-C1");
    HttpResponse<String> created = timed("clerk: refer (REST)", () -> send("gen-clerk", "POST", "api/v1/referrals", body, null), 201);
    if (created != null && created.statusCode() == 201) {
      long id = json(created.body()).getJsonNumber("id").longValue();
      if (json(created.body()).getString("status").equals("ELIGIBLE")) {
        referred.add(id);
      }
      timed("clerk: case status (REST)", () -> send("gen-clerk", "GET", "api/v1/referrals/" + id, null, null), 200);
    }
    timed("clerk: court's referrals (REST)", () -> send("gen-clerk", "GET", "api/v1/referrals?court=GEN-001-C1&size=25", null, null), 200);
  }

  /** A new case from the court's docket, as the court system sends it. */
  private static String referralBody(String court) {
    return """
        {"court":"%s","courtCaseNumber":"LOAD-%s","arrestDate":"%s","arrestingAgency":"Generated PD 1","referralDate":"%s",
         "deadline":"%s","person":{"firstName":"Load","lastName":"Journey%s","dateOfBirth":"1985-04-05","sex":"M","preferredLanguage":"en"},
         "charges":[{"statuteCode":"647(b)","description":"Solicitation"}]}
        """.formatted(court, UUID.randomUUID().toString().substring(0, 13), LocalDate.now().minusDays(9), LocalDate.now().minusDays(2),
        LocalDate.now().plusDays(90), letters());
  }

  /** A coordinator searches the case list by name, opens a case, and enrolls a newly referred case and takes its fee. */
  private void coordinator(PageSession pages) {
    Page list = timed("coordinator: case list (page)", () -> pages.get("cases/list.xhtml"), 200);
    if (list != null && list.status() == 200) {
      String name = lastNames.get(ThreadLocalRandom.current().nextInt(lastNames.size()));
      timed("coordinator: search by name (page)", () -> pages.submit("cases/list.xhtml", list, "list", Map.of("name", name), "search"), 200);
    }
    long open = cases.get(ThreadLocalRandom.current().nextInt(cases.size()));
    timed("coordinator: open a case (page)", () -> pages.get("cases/case.xhtml?id=" + open), 200);
    Long id = referred.poll();
    if (id != null && !comingSessions.isEmpty()) {
      // A seat in one of the coming classes, or its waitlist when full (repeated runs fill the coming classes).
      long session = comingSessions.get(ThreadLocalRandom.current().nextInt(comingSessions.size()));
      timed("coordinator: enroll (REST)", () -> send("gen-coordinator", "POST", "api/v1/referrals/" + id + "/enrollment?waitlist=true",
          "{\"sessionId\":" + session + ",\"confirmWarnings\":true}", null), 201);
      timed("coordinator: record a payment (REST)", () -> send("gen-coordinator", "POST", "api/v1/referrals/" + id + "/payments",
          "{\"amount\":\"100.00\",\"method\":\"CASH\"}", null), 201);
    }
  }

  /** A facilitator looks at the month's classes and opens a class's roster. */
  private void facilitator(PageSession pages) {
    LocalDate from = LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(3650));
    timed("facilitator: calendar month (REST)", () -> send("gen-facilitator", "GET", "api/v1/sessions?from=" + from + "&to=" + from.plusDays(31),
        null, null), 200);
    long session = pastSessions.get(ThreadLocalRandom.current().nextInt(pastSessions.size()));
    timed("facilitator: class roster (page)", () -> pages.get("sessions/session.xhtml?id=" + session), 200);
  }

  /** An evaluator runs the program's cohort report: completers and failures against the ineligible, a five-year window. */
  private void evaluator() {
    LocalDate to = LocalDate.now().minusYears(1);
    String definition = "{\"indexFrom\":\"" + to.minusYears(5) + "\",\"indexTo\":\"" + to + "\","
        + "\"outcomeGroups\":[\"COMPLETED\",\"FAILED\"],\"comparisonGroups\":[\"INELIGIBLE\"]}";
    timed("evaluator: cohort report (REST)", () -> send("gen-evaluator", "POST", "api/v1/cohorts/report", definition, null), 200);
  }

  private <T> T timed(String name, Supplier<T> call, int expected) {
    SessionLoadBenchmark.pause(think);
    long s = System.nanoTime();
    T answer;
    try {
      answer = call.get();
    } catch (RuntimeException e) {
      errors.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
      return null;
    }
    times.computeIfAbsent(name, k -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - s) / 1_000_000);
    int status = answer instanceof HttpResponse<?> r ? r.statusCode() : answer instanceof Page p ? p.status() : (Integer) answer;
    if (status != expected) {
      errors.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
      if (errors.get(name).get() <= 2) {
        System.out.println("Unexpected " + status + " for " + name + (answer instanceof HttpResponse<?> r ? ": " + r.body() : ""));
      }
    }
    return answer;
  }

  private HttpResponse<String> send(String user, String method, String path, String body, Duration timeout) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout == null ? Duration.ofSeconds(60) : timeout)
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
          .header("Accept", "application/json");
      if (body != null) {
        b.header("Content-Type", "application/json");
        if (path.endsWith("/payments")) {
          b.header("Idempotency-Key", UUID.randomUUID().toString());
        }
      }
      b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    }
  }

  private static void account(PreparedStatement ps, long program, String username, String role, Long court, String hash)
      throws java.sql.SQLException {
    ps.setLong(1, program);
    ps.setString(2, username);
    ps.setString(3, "Load " + username);
    ps.setString(4, role);
    ps.setObject(5, court);
    ps.setString(6, hash);
    ps.executeUpdate();
  }

  private static List<Long> longs(Statement s, String sql) throws java.sql.SQLException {
    List<Long> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getLong(1));
      }
    }
    return out;
  }

  private static String letters() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return b.toString();
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

}
