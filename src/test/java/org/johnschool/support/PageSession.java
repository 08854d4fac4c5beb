package org.johnschool.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without JavaScript: one cookie jar, redirects not followed (so a test sees where it is
 * sent), JSF forms posted with their view state. For tests of the pages' HTTP behaviour; journeys
 * that need scripts use {@link Browser}.
 */
public final class PageSession {

  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final String root;

  /** A page's answer. */
  public record Page(int status, String body, String location, Map<String, String> headers) {

    public Page(int status, String body, String location) {
      this(status, body, location, Map.of());
    }

    /** A response header (first value, names in lower case), or null. */
    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    public String viewState() {
      Matcher m = VIEW_STATE.matcher(body);
      if (!m.find()) {
        throw new AssertionError("no JSF view state on the page (" + status + ")");
      }
      return m.group(1).replace("&#58;", ":");
    }

    /** The page's Content-Security-Policy nonce, which PrimeFaces' scripts add to each form a browser posts. */
    public String nonce() {
      Matcher m = NONCE.matcher(body);
      return m.find() ? m.group(1) : "";
    }

    public boolean redirectsTo(String page) {
      return status / 100 == 3 && location != null && location.contains(page);
    }
  }

  public PageSession(URL base) {
    this.root = base.toString().endsWith("/") ? base.toString() : base + "/";
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : root + path)).GET());
  }

  /**
   * Posts a form of the page last read at {@code path}: the fields (by their id inside the form), the
   * button that was pressed, and the page's view state.
   */
  public Page submit(String path, Page page, String form, Map<String, String> fields, String button) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put(form, form);
    fields.forEach((id, value) -> params.put(form + ":" + id, value));
    params.put(form + ":" + button, "");
    params.put("jakarta.faces.ViewState", page.viewState());
    params.put("primefaces.nonce", page.nonce());
    return post(path, params, Map.of());
  }

  /** Posts form fields as they are (names in full) with extra request headers, such as Referer or JSF's Faces-Request. */
  public Page post(String path, Map<String, String> params, Map<String, String> headers) {
    StringBuilder body = new StringBuilder();
    params.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    headers.forEach(request::header);
    return send(request);
  }

  /** The address of a page of the application, as a browser would send it in a Referer header. */
  public String address(String path) {
    return root + path;
  }

  /** Signs in through the sign-in form (password step only); the answer says where it sends the person next. */
  public Page signIn(String username, String password) {
    Page login = get("login.xhtml");
    return submit("login.xhtml", login, "login", Map.of("username", username, "password", password), "submit");
  }

  public Page signIn(DemoUser user) {
    return signIn(user.username, user.password);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private Page send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> r = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      Map<String, String> headers = new LinkedHashMap<>();
      r.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
      return new Page(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null), headers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
