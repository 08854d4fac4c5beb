package org.johnschool.tools;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;

/**
 * The docket import benchmark (docs/benchmarks.md): writes a docket file of N rows, posts it to a
 * running server as one import, and prints the time and the server's peak resident memory.
 *
 * <p>Arguments: {@code baseUrl rows user password}. Run by {@code bin/benchmark-import}.
 */
public final class DocketBenchmark {

  private static final String[] FIRST = {"James", "John", "Robert", "Michael", "David", "William", "Richard", "Joseph", "Thomas",
      "Carlos", "Luis", "Jose", "Juan", "Wei", "Minh", "Ahmed", "Daniel", "Kevin", "Brian", "Anthony"};
  private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
      "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Nguyen", "Chen", "Kim", "Patel", "Okafor"};

  private DocketBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080/";
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    String user = args.length > 2 ? args[2] : "admin";
    String password = args.length > 3 ? args[3] : "violet-harbor-lantern-42";

    Path file = Path.of("target", "bench", "docket-" + rows + ".csv");
    Files.createDirectories(file.getParent());
    long written = write(file, rows);
    System.out.printf("Docket file: %s, %d rows, %.1f MB%n", file, rows, written / 1e6);

    long pid = serverPid();
    long rssBefore = pid > 0 ? rssKb(pid, "VmRSS") : -1;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(base.replaceAll("/?$", "") + "/api/v1/referrals/import"))
        .timeout(Duration.ofMinutes(30))
        .header("Content-Type", "text/csv")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofFile(file))
        .build();
    long start = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("Import answered %d in %.1f s (%.0f rows/s): %s%n", response.statusCode(), seconds, rows / seconds,
        response.body().length() > 300 ? response.body().substring(0, 300) + "…" : response.body());
    if (pid > 0) {
      System.out.printf("Server (pid %d) resident memory: %d MB before the import, peak %d MB (VmHWM since start)%n",
          pid, rssBefore / 1024, rssKb(pid, "VmHWM") / 1024);
    }
    if (response.statusCode() != 200) {
      System.exit(1);
    }
  }

  public static long write(Path file, int rows) throws IOException {
    Random random = new Random(42);
    String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    LocalDate today = LocalDate.now();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("court,court_case_number,tracking_number,arrest_date,arresting_agency,referral_date,deadline,next_court_date,"
          + "first_name,last_name,date_of_birth,sex,state_id,charges,prior_solicitation_offense\n");
      for (int i = 0; i < rows; i++) {
        LocalDate arrest = today.minusDays(30 + random.nextInt(3000));
        LocalDate referral = arrest.plusDays(1 + random.nextInt(20));
        String charges = random.nextInt(20) == 0 ? "\"647(b)|Solicitation;236.1|Human trafficking\"" : "647(b)|Solicitation";
        w.write(String.join(",",
            i % 2 == 0 ? "SF-SUP" : "ALA-SUP",
            "B" + run + "-" + i,
            "T" + i,
            arrest.toString(),
            i % 2 == 0 ? "SFPD" : "OPD",
            referral.toString(),
            referral.plusDays(90).toString(),
            referral.plusDays(100).toString(),
            FIRST[random.nextInt(FIRST.length)],
            LAST[random.nextInt(LAST.length)] + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26)),
            LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString(),
            random.nextInt(10) == 0 ? "F" : "M",
            random.nextInt(3) == 0 ? "" : "S" + run + i,
            charges,
            random.nextInt(15) == 0 ? "yes" : ""));
        w.write('\n');
      }
    }
    return Files.size(file);
  }

  /** The WildFly server JVM on this machine (jboss-modules on its command line), or -1. */
  private static long serverPid() {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar")).orElse(false))
        .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
  }

  private static long rssKb(long pid, String field) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith(field + ":")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }
}
