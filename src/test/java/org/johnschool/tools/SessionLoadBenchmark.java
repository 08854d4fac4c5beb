package org.johnschool.tools;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load script of issue 3: two years of weekly sessions and 20,000 enrollments, then 20 concurrent users
 * reading the calendar (a month of sessions), reading a session's roster, and enrolling cases; prints the
 * 50th, 95th and 99th percentile of each. Run by bin/benchmark-sessions against the embedded default.
 */
public final class SessionLoadBenchmark {

  private static String base;
  private static String auth;
  private static int think;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private SessionLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    base = (args.length > 0 ? args[0] : "http://localhost:8080/").replaceAll("/?$", "");
    int enrollments = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int users = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 50;
    // A person reads a page before the next request; 0 keeps every thread busy (the machine saturates).
    think = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    auth = "Basic " + Base64.getEncoder().encodeToString("coordinator:amber-meadow-compass-42".getBytes(StandardCharsets.UTF_8));

    long t0 = System.nanoTime();
    long venue = json(send("POST", "/api/v1/venues", "{\"name\":\"Benchmark Hall " + System.nanoTime() + "\",\"address\":\"1 Test St\","
        + "\"capacity\":1000}")).getJsonNumber("id").longValue();
    LocalDate first = LocalDate.now().plusDays(1);
    JsonObject series = json(send("POST", "/api/v1/sessions/series", "{\"date\":\"" + first + "\",\"start\":\"09:00\",\"end\":\"17:00\","
        + "\"language\":\"en\",\"capacity\":250,\"venueId\":" + venue + ",\"everyWeeks\":1,\"until\":\"" + first.plusYears(2).minusDays(1) + "\"}"));
    List<Long> sessions = series.getJsonArray("ids").getValuesAs(JsonValue.class).stream().map(v -> Long.parseLong(v.toString())).toList();
    System.out.printf("Sessions: %d weekly sessions over two years%n", sessions.size());

    int needed = enrollments + users * rounds + 1_100;
    Path docket = Path.of("target", "bench", "sessions-docket.csv");
    Files.createDirectories(docket.getParent());
    DocketBenchmark.write(docket, (int) (needed * 1.4));
    HttpResponse<String> imported = HTTP.send(request("/api/v1/referrals/import").header("Content-Type", "text/csv")
        .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofFile(docket)).build(), HttpResponse.BodyHandlers.ofString());
    System.out.println("Docket import: " + imported.statusCode() + " " + imported.body());
    List<Long> eligible = new ArrayList<>();
    for (int page = 0; eligible.size() < needed; page++) {
      JsonArray items = json(send("GET", "/api/v1/referrals?status=ELIGIBLE&size=200&page=" + page, null)).getJsonArray("items");
      if (items.isEmpty()) {
        break;
      }
      items.forEach(i -> eligible.add(i.asJsonObject().getJsonNumber("id").longValue()));
    }
    Collections.shuffle(eligible);
    System.out.printf("Eligible cases: %d%n", eligible.size());

    // Seed: enrollments spread over the sessions (8 at a time).
    ExecutorService seed = Executors.newFixedThreadPool(8);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    for (int i = 0; i < enrollments; i++) {
      int n = i;
      seed.submit(() -> {
        long referral = eligible.get(next.getAndIncrement());
        long session = sessions.get(n % sessions.size());
        int status = send("POST", "/api/v1/referrals/" + referral + "/enrollment", "{\"sessionId\":" + session + ",\"confirmWarnings\":true}")
            .statusCode();
        if (status != 201) {
          failures.incrementAndGet();
        }
      });
    }
    seed.shutdown();
    seed.awaitTermination(1, TimeUnit.HOURS);
    System.out.printf("Seeded %d enrollments (%d refused) in %.0f s since start%n", enrollments - failures.get(), failures.get(),
        (System.nanoTime() - t0) / 1e9);

    // Measure: one user alone (the cost of each action), then USERS at once (the load).
    int thinking = think;
    think = 0;
    measure(1, 100, first, sessions, eligible, next);
    think = thinking;
    measure(users, rounds, first, sessions, eligible, next);
  }

  private static void measure(int users, int rounds, LocalDate first, List<Long> sessions, List<Long> eligible, AtomicInteger next)
      throws InterruptedException {
    Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
    for (String action : List.of("calendar (month)", "roster", "enroll")) {
      times.put(action, new ConcurrentLinkedQueue<>());
    }
    AtomicInteger errors = new AtomicInteger();
    ExecutorService load = Executors.newFixedThreadPool(users);
    long start = System.nanoTime();
    for (int u = 0; u < users; u++) {
      load.submit(() -> {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < rounds; i++) {
          LocalDate from = first.plusDays(r.nextInt(700));
          timed(times.get("calendar (month)"), errors, "GET", "/api/v1/sessions?from=" + from + "&to=" + from.plusDays(31), null, 200);
          timed(times.get("roster"), errors, "GET", "/api/v1/sessions/" + sessions.get(r.nextInt(sessions.size())) + "/roster", null, 200);
          long referral = eligible.get(next.getAndIncrement());
          timed(times.get("enroll"), errors, "POST", "/api/v1/referrals/" + referral + "/enrollment",
              "{\"sessionId\":" + sessions.get(r.nextInt(sessions.size())) + ",\"confirmWarnings\":true}", 201);
        }
      });
    }
    load.shutdown();
    load.awaitTermination(1, TimeUnit.HOURS);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%n%d user(s) x %d rounds, think time %d ms, in %.1f s (%.0f requests/s); %d unexpected answers%n", users, rounds,
        think, seconds, 3 * users * rounds / seconds, errors.get());
    System.out.println("| action | requests | p50 ms | p95 ms | p99 ms | max ms |");
    System.out.println("|---|---|---|---|---|---|");
    for (var e : times.entrySet()) {
      List<Long> ms = new ArrayList<>(e.getValue());
      Collections.sort(ms);
      System.out.printf("| %s | %d | %d | %d | %d | %d |%n", e.getKey(), ms.size(), pct(ms, 50), pct(ms, 95), pct(ms, 99), ms.get(ms.size() - 1));
    }
  }

  private static void timed(ConcurrentLinkedQueue<Long> into, AtomicInteger errors, String method, String path, String body, int expected) {
    pause(think);
    long s = System.nanoTime();
    int status = send(method, path, body).statusCode();
    into.add((System.nanoTime() - s) / 1_000_000);
    if (status != expected) {
      errors.incrementAndGet();
    }
  }

  /** The p-th percentile of sorted milliseconds (nearest rank); shared with RoleJourneys. */
  /** A person reading the last answer: 0.5 to 1.5 times THINK milliseconds (nothing when THINK is 0). */
  static void pause(int think) {
    if (think > 0) {
      try {
        Thread.sleep(ThreadLocalRandom.current().nextInt(think / 2, think * 3 / 2 + 1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static long pct(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).header("Authorization", auth)
        .header("Accept", "application/json");
  }

  private static HttpResponse<String> send(String method, String path, String body) {
    try {
      HttpRequest.Builder b = request(path);
      if (body != null) {
        b.header("Content-Type", "application/json");
      }
      b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    }
  }

  private static JsonObject json(HttpResponse<String> r) {
    if (r.statusCode() >= 300) {
      throw new IllegalStateException("Unexpected answer " + r.statusCode() + ": " + r.body());
    }
    return Json.createReader(new StringReader(r.body())).readObject();
  }
}
