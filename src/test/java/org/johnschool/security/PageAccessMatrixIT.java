package org.johnschool.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
 * The access matrix of the pages (issue 8): every page of the application ({@code src/main/webapp}, outside WEB-INF)
 * × anonymous and each role, against {@code src/test/resources/security/page-matrix.csv}; a page without a row fails
 * the build. Cells: {@code login} (sent to sign in), {@code 403}, or {@code ok} (the page answers, not 403 and not 500;
 * pages that need a parameter show their own "not found").
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageAccessMatrixIT {

  static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private String root() {
    return base.toString().endsWith("/") ? base.toString() : base + "/";
  }

  private static List<String> pages() throws Exception {
    Path webapp = Path.of("src", "main", "webapp");
    try (Stream<Path> files = Files.walk(webapp)) {
      return files.filter(p -> p.toString().endsWith(".xhtml")).map(p -> webapp.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("WEB-INF/") && !p.startsWith("resources/")).sorted().toList();
    }
  }

  private HttpClient signedIn(String caller) throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    if (caller.equals("anonymous")) {
      return client;
    }
    DemoUser user = AccessTable.user(caller);
    String page = client.send(HttpRequest.newBuilder(URI.create(root() + "login.xhtml")).build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = VIEW_STATE.matcher(page);
    assertTrue(m.find(), "the sign-in page has a view state");
    String form = "login=login&login%3Ausername=" + enc(user.username) + "&login%3Apassword=" + enc(user.password) + "&login%3Asubmit=&"
        + "jakarta.faces.ViewState=" + enc(m.group(1).replace("&#58;", ":"));
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(root() + "login.xhtml")).header("Content-Type",
        "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(302, r.statusCode(), caller + " signs in");
    return client;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private String answer(HttpClient client, String page) throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(root() + page)).build(), HttpResponse.BodyHandlers.ofString());
    int s = r.statusCode();
    if (s >= 300 && s < 400) {
      return r.headers().firstValue("Location").orElse("").contains("login.xhtml") ? "login" : "ok";
    }
    return s == 403 || s >= 500 ? Integer.toString(s) : "ok";
  }

  @Test
  void every_page_answers_every_role_as_the_matrix_says() throws Exception {
    List<String> pages = pages();
    Map<String, String[]> matrix = AccessTable.read("/security/page-matrix.csv");
    List<String> callers = AccessTable.CALLERS;
    Map<String, HttpClient> clients = new LinkedHashMap<>();
    for (String caller : callers) {
      clients.put(caller, signedIn(caller));
    }
    if (matrix.isEmpty()) {
      StringBuilder draft = new StringBuilder("page," + String.join(",", callers) + "\n");
      for (String page : pages) {
        draft.append(page);
        for (String caller : callers) {
          draft.append(',').append(answer(clients.get(caller), page));
        }
        draft.append('\n');
      }
      Files.writeString(Path.of("target", "page-matrix-observed.csv"), draft);
      fail("No page matrix: what the server answers now is in target/page-matrix-observed.csv");
    }
    TreeSet<String> missing = new TreeSet<>(pages);
    missing.removeAll(matrix.keySet());
    TreeSet<String> extra = new TreeSet<>(matrix.keySet());
    extra.removeAll(pages);
    assertTrue(missing.isEmpty() && extra.isEmpty(), "Every page needs its row in page-matrix.csv. Without a row: " + missing
        + "; rows without a page: " + extra);
    List<String> wrong = new ArrayList<>();
    for (var row : matrix.entrySet()) {
      for (int i = 0; i < callers.size(); i++) {
        String got = answer(clients.get(callers.get(i)), row.getKey());
        if (!got.equals(row.getValue()[i])) {
          wrong.add(row.getKey() + " as " + callers.get(i) + ": expected " + row.getValue()[i] + ", got " + got);
        }
      }
    }
    assertTrue(wrong.isEmpty(), wrong.size() + " answers differ from the page matrix:\n" + String.join("\n", wrong));
  }
}
