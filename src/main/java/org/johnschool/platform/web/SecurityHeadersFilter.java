package org.johnschool.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every answer (OWASP ASVS 14.4): a Content-Security-Policy that allows scripts, styles, images
 * and fonts from this server only, no plugins, no framing and forms posting back here only; nosniff; no framing for
 * old browsers; the referrer kept within the site; no caching of pages and API answers (static resources excepted);
 * and HSTS when the request came over TLS (directly or through a proxy that says so). Pages get a second policy
 * from PrimeFaces (primefaces.CSP in web.xml), {@code script-src 'self' 'nonce-…'}, with a new nonce for each page;
 * a browser enforces both, so on pages only this server's scripts and the page's own nonced scripts run (no inline
 * handler, no eval). This policy's 'unsafe-inline' only lets those nonced scripts pass it; answers that are not
 * pages carry no scripts.
 */
@WebFilter(urlPatterns = "/*", filterName = "securityHeaders")
public class SecurityHeadersFilter extends HttpFilter {

  static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
      + "frame-ancestors 'none'";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response);
    chain.doFilter(request, response);
  }

  /** Sets the headers; also called by the authentication mechanism, whose refusals (401) never reach the filters. */
  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  }
}
