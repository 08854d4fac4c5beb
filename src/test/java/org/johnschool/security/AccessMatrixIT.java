package org.johnschool.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access matrix of the REST API (issue 8): every operation of the OpenAPI document × anonymous and every role,
 * against one table, {@code src/test/resources/security/access-matrix.csv}. An operation without a row (or a row
 * without an operation) fails the build. Each cell says what the caller must get: {@code 401} (not signed in),
 * {@code 403} (the role may not), {@code 404} (hidden: a clerk asking for another court's case), or {@code ok} —
 * the request passes the access checks (any answer but 401, 403 and 500; with the made-up ids used here that is
 * mostly 404 or 400). Path parameters are a made-up number (987654321), the court code SF-SUP, the weekly report, or a
 * made-up user name; bodies are {@code {}} (JSON), or an empty CSV file for imports.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private String root() {
    return base.toString().endsWith("/") ? base.toString() : base + "/";
  }

  private List<String> operations() throws Exception {
    HttpResponse<String> doc = HTTP.send(HttpRequest.newBuilder(URI.create(root() + "openapi?format=JSON")).header("Accept", "application/json")
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, doc.statusCode(), "the OpenAPI document");
    JsonObject paths = Json.createReader(new StringReader(doc.body())).readObject().getJsonObject("paths");
    TreeSet<String> ops = new TreeSet<>();
    for (String path : paths.keySet()) {
      for (String method : paths.getJsonObject(path).keySet()) {
        if (List.of("get", "post", "put", "delete", "patch").contains(method)) {
          ops.add(method.toUpperCase() + " " + path);
        }
      }
    }
    return new ArrayList<>(ops);
  }

  private int call(String operation, String caller) throws Exception {
    String method = operation.substring(0, operation.indexOf(' '));
    String path = operation.substring(operation.indexOf(' ') + 1)
        .replace("{code}", "SF-SUP").replace("{report}", "weekly-report.csv").replace("{username}", "nobody-here")
        .replaceAll("\\{[^}]+\\}", "987654321");
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root() + path.replaceFirst("^/", ""))).timeout(Duration.ofSeconds(60))
        .header("Accept", "*/*");
    if (!caller.equals("anonymous")) {
      DemoUser user = AccessTable.user(caller);
      b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user.username + ":" + user.password).getBytes(StandardCharsets.UTF_8)));
    }
    switch (method) {
      case "GET" -> b.GET();
      case "DELETE" -> b.DELETE();
      default -> {
        boolean csv = path.endsWith("/import");
        b.header("Content-Type", csv ? "text/csv" : "application/json").method(method, HttpRequest.BodyPublishers.ofString(csv ? "" : "{}"));
      }
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void every_operation_answers_every_role_as_the_matrix_says() throws Exception {
    List<String> operations = operations();
    Map<String, String[]> matrix = AccessTable.read("/security/access-matrix.csv");
    if (matrix.isEmpty()) {
      // Drafting aid: without a table, write what the server answers now, for a person to review into the table.
      StringBuilder draft = new StringBuilder("operation," + String.join(",", AccessTable.CALLERS) + "\n");
      for (String op : operations) {
        draft.append(op);
        for (String caller : AccessTable.CALLERS) {
          int s = call(op, caller);
          draft.append(",").append(s == 401 || s == 403 ? Integer.toString(s) : s == 500 ? "500" : "ok");
        }
        draft.append('\n');
      }
      Files.writeString(Path.of("target", "access-matrix-observed.csv"), draft);
      fail("No access matrix: what the server answers now is in target/access-matrix-observed.csv");
    }
    TreeSet<String> missing = new TreeSet<>(operations);
    missing.removeAll(matrix.keySet());
    TreeSet<String> extra = new TreeSet<>(matrix.keySet());
    extra.removeAll(operations);
    assertTrue(missing.isEmpty() && extra.isEmpty(),
        "Every operation needs its row in access-matrix.csv. Without a row: " + missing + "; rows without an operation: " + extra);
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (var row : matrix.entrySet()) {
      for (int i = 0; i < AccessTable.CALLERS.size(); i++) {
        String expected = row.getValue()[i];
        int status = call(row.getKey(), AccessTable.CALLERS.get(i));
        calls++;
        boolean right = switch (expected) {
          case "ok" -> status != 401 && status != 403 && status < 500;
          default -> status == Integer.parseInt(expected);
        };
        if (!right) {
          wrong.add(row.getKey() + " as " + AccessTable.CALLERS.get(i) + ": expected " + expected + ", got " + status);
        }
      }
    }
    assertTrue(wrong.isEmpty(), wrong.size() + " of " + calls + " answers differ from the matrix:\n" + String.join("\n", wrong));
  }
}
