package org.johnschool.tools;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * Benchmark of issue 4: a ledger of ENTRIES rows (default 1,000,000) over the last 365 days, then the daily
 * close of one day and the allocation report of the whole year, each asked 10 times through the API; prints
 * the median and the slowest. The ledger rows are written by SQL (generate_series): this measures the reports,
 * not the writing. Run by bin/benchmark-fees against the embedded default.
 */
public final class FeeReportBenchmark {

  private FeeReportBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = (args.length > 0 ? args[0] : "http://localhost:8080/").replaceAll("/?$", "");
    String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:54329/jsm";
    int entries = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
    HttpClient http = HttpClient.newHttpClient();
    String admin = "Basic " + Base64.getEncoder().encodeToString("admin:violet-harbor-lantern-42".getBytes(StandardCharsets.UTF_8));
    String coordinator = "Basic " + Base64.getEncoder().encodeToString("coordinator:amber-meadow-compass-42".getBytes(StandardCharsets.UTF_8));

    Path docket = Path.of("target", "bench", "fees-docket.csv");
    Files.createDirectories(docket.getParent());
    DocketBenchmark.write(docket, 10_000);
    HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/referrals/import")).header("Authorization", admin)
        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(docket)).build(), HttpResponse.BodyHandlers.ofString());
    System.out.println("Cases: " + imported.statusCode() + " " + imported.body());

    long start = System.nanoTime();
    try (Connection c = DriverManager.getConnection(jdbc, "jsm", "jsm"); Statement s = c.createStatement()) {
      s.execute("""
          insert into account_entry (id, program_id, referral_id, entry_type, amount, balance_effect, description, method, reference,
              receipt_number, reason, entered_by, entered_on, created_at)
          with refs as (select array_agg(id order by id) ids, min(program_id) program_id from referral)
          select nextval('account_entry_seq'), refs.program_id, refs.ids[1 + g %% cardinality(refs.ids)], t.type, t.amount,
                 case when t.type in ('PAYMENT', 'WAIVER') then -t.amount else t.amount end,
                 t.type, case when t.type = 'PAYMENT' then (array['CASH', 'CHECK', 'MONEY_ORDER', 'CARD'])[1 + g %% 4] end,
                 case when t.type = 'PAYMENT' and g %% 4 in (1, 3) then 'R' || g end,
                 case when t.type = 'PAYMENT' then 'BENCH-' || g end,
                 case when t.type in ('WAIVER', 'REFUND') then 'Benchmark' end,
                 (array['coordinator', 'admin', 'cashier2'])[1 + g %% 3], current_date - (g %% 365), now()
          from generate_series(1, %d) g
          cross join lateral (select case when g %% 10 < 6 then 'PAYMENT' when g %% 10 < 9 then 'CHARGE' when g %% 20 = 19 then 'REFUND'
                                          else 'WAIVER' end as type,
                                     round((10 + (g::bigint * 7919) %% 99000) / 100.0, 2) as amount) t
          cross join refs
          """.formatted(entries));
      s.execute("analyze account_entry");
      try (ResultSet rs = s.executeQuery("select count(*) from account_entry")) {
        rs.next();
        System.out.printf("Ledger: %d entries in all, written in %.0f s%n", rs.getLong(1), (System.nanoTime() - start) / 1e9);
      }
    }

    LocalDate day = LocalDate.now().minusDays(100);
    report(http, coordinator, base + "/api/v1/fees/daily-close?date=" + day, "daily close (one day, all cashiers)");
    report(http, coordinator, base + "/api/v1/fees/daily-close?date=" + day + "&cashier=coordinator", "daily close (one day, one cashier)");
    report(http, coordinator, base + "/api/v1/fees/allocation?from=" + LocalDate.now().minusDays(365) + "&to=" + LocalDate.now(),
        "allocation (the whole year)");
  }

  private static void report(HttpClient http, String auth, String url, String name) throws Exception {
    List<Long> ms = new ArrayList<>();
    int size = 0;
    for (int i = 0; i < 11; i++) {
      long s = System.nanoTime();
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).header("Accept", "application/json")
          .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(name + ": " + r.statusCode() + " " + r.body());
      }
      size = r.body().length();
      if (i > 0) {
        ms.add((System.nanoTime() - s) / 1_000_000); // the first call warms up
      }
    }
    Collections.sort(ms);
    System.out.printf("| %s | %d | %d ms | %d ms | %,d bytes |%n", name, ms.size(), ms.get(ms.size() / 2), ms.get(ms.size() - 1), size);
  }
}
