package org.johnschool.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Deployments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every answer carries the security headers; HSTS only when the request came over TLS; pages and API answers are not cached. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private HttpHeaders headers(String path, String forwardedProto) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create((base.toString().endsWith("/") ? base.toString() : base + "/") + path));
    if (forwardedProto != null) {
      b.header("X-Forwarded-Proto", forwardedProto);
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.discarding()).headers();
  }

  @Test
  void the_session_cookie_is_http_only_and_same_site_lax_before_and_after_sign_in() throws Exception {
    String before = headers("login.xhtml", null).allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
        .orElseThrow(() -> new AssertionError("the sign-in page starts a session"));
    String after = new org.johnschool.support.PageSession(base).signIn(org.johnschool.support.DemoUser.COORDINATOR).header("set-cookie");
    assertTrue(after != null && after.startsWith("JSESSIONID="), "signing in renews the session id: " + after);
    for (String cookie : List.of(before, after)) {
      String attributes = cookie.toLowerCase(java.util.Locale.ROOT);
      assertTrue(attributes.contains("samesite=lax") && attributes.contains("httponly"), cookie);
    }
  }

  @Test
  void redirects_never_name_the_host_the_request_claims() {
    // Issue 22, item 11: Host: evil.example sent the person to http://evil.example/login.xhtml.
    for (String path : new String[] {"", "cases/case.xhtml?id=1", "index.xhtml"}) {
      var answer = org.johnschool.support.RawHttp.get(base, path, "evil.example", null);
      assertEquals(302, answer.status(), path);
      String location = answer.header("Location");
      assertTrue(location.startsWith("/login.xhtml?next="), path + " -> " + location);
    }
  }

  @Test
  void pages_and_api_answers_carry_the_security_headers() throws Exception {
    for (String path : new String[] {"login.xhtml", "api/v1/referrals", "verify.xhtml"}) {
      HttpHeaders h = headers(path, null);
      String csp = h.firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'")
          && csp.contains("form-action 'self'"), path + ": " + csp);
      assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(null), path);
      assertEquals("DENY", h.firstValue("X-Frame-Options").orElse(null), path);
      assertEquals("same-origin", h.firstValue("Referrer-Policy").orElse(null), path);
      assertEquals("no-store", h.firstValue("Cache-Control").orElse(null), path);
      assertFalse(h.firstValue("Strict-Transport-Security").isPresent(), "no HSTS over plain HTTP: " + path);
    }
    assertTrue(headers("login.xhtml", "https").firstValue("Strict-Transport-Security").orElse("").contains("max-age=31536000"),
        "HSTS behind a TLS proxy");
  }

  @Test
  void a_page_lets_only_its_own_nonced_scripts_run_with_a_new_nonce_each_time() throws Exception {
    Set<String> nonces = new HashSet<>();
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create((base.toString().endsWith("/") ? base.toString() : base + "/") + "login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
      List<String> policies = page.headers().allValues("Content-Security-Policy");
      String scripts = policies.stream().filter(p -> p.contains("'nonce-")).findFirst().orElse("");
      Matcher m = Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(scripts);
      assertTrue(m.find(), "a second policy allows this server's scripts and the page's nonce only: " + policies);
      assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), scripts);
      assertFalse(policies.stream().anyMatch(p -> p.contains("unsafe-eval")), "no policy allows eval: " + policies);
      String nonce = m.group(1);
      assertTrue(page.body().contains("<script nonce=\"" + nonce + "\""), "the page's own scripts carry it");
      assertFalse(page.body().matches("(?s).*<script(?![^>]*nonce=)[^>]*>.*"), "every script element carries the nonce");
      nonces.add(nonce);
    }
    assertEquals(2, nonces.size(), "a new nonce for each page");
  }
}
