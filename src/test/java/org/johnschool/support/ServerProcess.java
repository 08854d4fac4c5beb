package org.johnschool.support;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A second application server for tests that must kill one (SIGKILL) and start it again: the build's
 * WildFly ({@code target/server}) with a base directory and ports of its own (offset {@value #OFFSET}), on
 * a database of its own, the application deployed once through the management CLI (kept in its
 * configuration, so a restart deploys it again as a real server would).
 */
public final class ServerProcess implements AutoCloseable {

  public static final int OFFSET = 200;
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();

  private final Path home;
  private final Path baseDir;
  private final Map<String, String> env;
  private Process launcher;

  public ServerProcess(Path home, Path baseDir, String jdbcUrl) throws IOException {
    this.home = home;
    this.baseDir = baseDir;
    this.env = Map.of("JSM_DB_URL", jdbcUrl, "JSM_DB_USER", "jsm", "JSM_DB_PASSWORD", "jsm", "JSM_MODE", "demo",
        "JAVA_OPTS", "-Xms256m -Xmx768m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true");
    deleteRecursively(baseDir);
    Files.createDirectories(baseDir.resolve("configuration"));
    for (String f : List.of("standalone.xml", "logging.properties", "mgmt-users.properties", "mgmt-groups.properties",
        "application-users.properties", "application-roles.properties")) {
      Path from = home.resolve("standalone/configuration").resolve(f);
      if (Files.exists(from)) {
        Files.copy(from, baseDir.resolve("configuration").resolve(f));
      }
    }
    Files.createDirectories(baseDir.resolve("deployments"));
  }

  public URL url() {
    try {
      return URI.create("http://127.0.0.1:" + (8080 + OFFSET) + "/").toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  public void start() throws IOException {
    ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(), "-Djboss.server.base.dir=" + baseDir,
        "-Djboss.socket.binding.port-offset=" + OFFSET).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(baseDir.resolve("console.log").toFile()));
    pb.environment().putAll(env);
    launcher = pb.start();
  }

  /** Waits until the management interface answers (before the first deployment). */
  public void awaitManagement(Duration limit) throws Exception {
    await(limit, () -> status("http://127.0.0.1:" + (9990 + OFFSET) + "/health/live") == 200);
  }

  /** Waits until the application answers and its database check is up. */
  public void awaitApplication(Duration limit) throws Exception {
    await(limit, () -> {
      String ready = body("http://127.0.0.1:" + (9990 + OFFSET) + "/health/ready");
      return ready != null && ready.startsWith("{\"status\":\"UP\"") && ready.contains("\"database\"")
          && status(url() + "login.xhtml") == 200;
    });
  }

  public void deploy(Path war) throws Exception {
    Process cli = new ProcessBuilder(home.resolve("bin/jboss-cli.sh").toString(), "--connect", "--controller=127.0.0.1:" + (9990 + OFFSET),
        "--command=deploy " + war.toAbsolutePath() + " --name=ROOT.war").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(baseDir.resolve("cli.log").toFile())).start();
    if (!cli.waitFor(180, TimeUnit.SECONDS) || cli.exitValue() != 0) {
      throw new IllegalStateException("deploying failed; see " + baseDir.resolve("cli.log"));
    }
  }

  /** SIGKILL to the server's JVM: no shutdown hooks, no chance to finish anything. */
  public void kill() throws InterruptedException {
    if (launcher == null) {
      return;
    }
    List<ProcessHandle> jvms = launcher.toHandle().descendants().filter(p -> p.info().commandLine().orElse("").contains("jboss-modules"))
        .toList();
    jvms.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle p : jvms) {
      p.onExit().toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).join();
    }
    launcher.destroyForcibly();
    launcher.waitFor(30, TimeUnit.SECONDS);
    launcher = null;
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }

  private interface Check {
    boolean ok() throws Exception;
  }

  private static void await(Duration limit, Check check) throws Exception {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      try {
        if (check.ok()) {
          return;
        }
      } catch (IOException e) {
        // not up yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the server did not come up within " + limit);
  }

  private static int status(String url) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static String body(String url) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
    return r.statusCode() == 200 ? r.body() : null;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
