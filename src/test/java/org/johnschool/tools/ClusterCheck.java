package org.johnschool.tools;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.johnschool.support.DemoUser;
import org.johnschool.support.PageSession;
import org.johnschool.support.PageSession.Page;

/**
 * The checks of the two-node cluster (bin/cluster check; docs/deployment.md, "Two nodes"):
 *
 * <ol>
 *   <li>Scheduled jobs run once per cluster: for every minute both nodes were up, both nodes' mail timers
 *       fired, exactly one claimed the minute and the other stood down (read from both nodes' logs).
 *   <li>Sessions survive a node: a coordinator signs in through the load balancer and opens the case list; the
 *       node that served them is killed (SIGKILL, no chance to hand anything over); the next page comes from the
 *       other node with the coordinator still signed in, and the search form of the page opened before the kill
 *       still posts (its view state lived in the session).
 * </ol>
 *
 * Arguments: the load balancer's address and the cluster folder (target/cluster, with nodeN.pid and nodeN/log).
 * Exits with 1 when a check fails.
 */
public final class ClusterCheck {

  private static final Pattern CLAIM = Pattern.compile("Job mail, slot (\\S+): (claimed by this node|already claimed by another node)");
  private static final int MINUTES_NEEDED = 2;
  /** The node copies a session to the other at the end of each request, just after the answer has gone. */
  private static final Duration PAUSE_BEFORE_KILL = Duration.ofSeconds(2);

  private ClusterCheck() {}

  public static void main(String[] args) throws Exception {
    URL balancer = new URL(args.length > 0 ? args[0] : "http://127.0.0.1:8000/");
    Path cluster = Path.of(args.length > 1 ? args[1] : "target/cluster");
    List<String> failures = new ArrayList<>();

    jobsRunOnce(cluster, failures);
    sessionSurvivesItsNode(balancer, cluster, failures);

    System.out.println();
    if (failures.isEmpty()) {
      System.out.println("CLUSTER CHECK PASSED");
      return;
    }
    failures.forEach(f -> System.out.println("FAILED: " + f));
    System.exit(1);
  }

  /** Waits until both nodes' timers have fired for MINUTES_NEEDED minutes, then compares the two logs. */
  private static void jobsRunOnce(Path cluster, List<String> failures) throws IOException, InterruptedException {
    System.out.println("Scheduled jobs: waiting for both nodes' mail timers to fire " + MINUTES_NEEDED + " times together...");
    Instant deadline = Instant.now().plus(Duration.ofMinutes(MINUTES_NEEDED + 2));
    Map<String, Map<String, String>> slots = claims(cluster);
    while (firedOnBoth(slots) < MINUTES_NEEDED && Instant.now().isBefore(deadline)) {
      Thread.sleep(5_000);
      slots = claims(cluster);
    }
    int both = 0;
    for (var slot : slots.entrySet()) {
      Map<String, String> byNode = slot.getValue();
      if (byNode.size() < 2) {
        continue; // a minute one of the nodes was not up yet
      }
      both++;
      long ran = byNode.values().stream().filter(v -> v.startsWith("claimed")).count();
      System.out.printf("  slot %s: %s%n", slot.getKey(), byNode);
      if (ran != 1) {
        failures.add("the mail job of " + slot.getKey() + " ran on " + ran + " nodes: " + byNode);
      }
    }
    if (both < MINUTES_NEEDED) {
      failures.add("the two nodes' timers fired together " + both + " times in " + (MINUTES_NEEDED + 2) + " minutes (expected " + MINUTES_NEEDED
          + "); see target/cluster/node*/log/server.log");
    } else {
      System.out.printf("  %d minutes: each ran on exactly one node%s%n", both, failures.isEmpty() ? "" : " — NOT SO, see below");
    }
  }

  private static int firedOnBoth(Map<String, Map<String, String>> slots) {
    return (int) slots.values().stream().filter(m -> m.size() == 2).count();
  }

  /** slot → node → what its log says about the slot. */
  private static Map<String, Map<String, String>> claims(Path cluster) throws IOException {
    Map<String, Map<String, String>> slots = new TreeMap<>();
    for (String node : List.of("node1", "node2")) {
      Path log = cluster.resolve(node).resolve("log").resolve("server.log");
      if (!Files.exists(log)) {
        continue;
      }
      for (String line : Files.readAllLines(log)) {
        Matcher m = CLAIM.matcher(line);
        if (m.find()) {
          slots.computeIfAbsent(m.group(1), s -> new TreeMap<>()).merge(node, m.group(2), (a, b) -> a + " AND " + b);
        }
      }
    }
    return slots;
  }

  private static void sessionSurvivesItsNode(URL balancer, Path cluster, List<String> failures) throws Exception {
    System.out.println("Session failover:");
    PageSession browser = new PageSession(balancer);
    Page signedIn = browser.signIn(DemoUser.COORDINATOR);
    if (signedIn.status() / 100 != 3 || signedIn.redirectsTo("login")) {
      failures.add("signing in through the load balancer answered " + signedIn.status() + " " + signedIn.location());
      return;
    }
    Page before = browser.get("cases/list.xhtml");
    String first = before.header("X-JSM-Node");
    if (before.status() != 200 || first == null || !before.body().contains("id=\"list\"")) {
      failures.add("the case list through the load balancer answered " + before.status() + " from " + first);
      return;
    }
    System.out.println("  signed in as coordinator; the case list came from " + first);

    Thread.sleep(PAUSE_BEFORE_KILL.toMillis());
    long pid = Long.parseLong(Files.readString(cluster.resolve(first + ".pid")).trim());
    ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(first + " (pid " + pid + ") is not running"));
    server.destroyForcibly();
    server.onExit().get();
    System.out.println("  " + first + " killed (SIGKILL, pid " + pid + ")");

    Page after = browser.get("cases/list.xhtml");
    String second = after.header("X-JSM-Node");
    System.out.println("  the case list again: " + after.status() + " from " + second + (after.redirectsTo("login") ? ", sent to sign in" : ""));
    if (after.status() != 200 || first.equals(second) || !after.body().contains("id=\"list\"")) {
      failures.add("after " + first + " stopped, the case list answered " + after.status() + " from " + second
          + (after.redirectsTo("login") ? " (the session was lost: sent to sign in)" : ""));
      return;
    }
    Page searched = browser.submit("cases/list.xhtml", before, "list", Map.of("name", "Doe"), "search");
    System.out.println("  the search form of the page opened on " + first + ", posted to " + searched.header("X-JSM-Node") + ": "
        + searched.status());
    if (searched.status() != 200 || !searched.body().contains("id=\"list\"")) {
      failures.add("the form of the page opened before the failover did not post on " + second + ": " + searched.status() + " "
          + searched.location());
    }
  }
}
