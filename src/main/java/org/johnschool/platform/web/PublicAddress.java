package org.johnschool.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * The application's own address for links that leave the page (the certificate's verification link, calendar
 * identifiers): {@code JSM_PUBLIC_URL} when set (behind a proxy it must be), else the address and port this server
 * was reached on at the socket. Never the request's Host header, which the caller writes (issue 22, item 11).
 */
public final class PublicAddress {

  private PublicAddress() {}

  /** The base, without a trailing slash: e.g. {@code https://johnschool.example.org} or {@code http://127.0.0.1:8080}. */
  public static String of(HttpServletRequest request) {
    String configured = System.getenv("JSM_PUBLIC_URL");
    if (configured != null && !configured.isBlank()) {
      return configured.trim().replaceAll("/+$", "");
    }
    String host = request.getLocalAddr();
    if (host.contains(":")) {
      host = "[" + host + "]"; // IPv6
    }
    int port = request.getLocalPort();
    boolean usual = ("http".equals(request.getScheme()) && port == 80) || ("https".equals(request.getScheme()) && port == 443);
    return request.getScheme() + "://" + host + (usual ? "" : ":" + port) + request.getContextPath();
  }

  /** The host of {@link #of}. */
  public static String host(HttpServletRequest request) {
    String host = URI.create(of(request)).getHost();
    return host == null ? "localhost" : host.replaceAll("^\\[|\\]$", "");
  }
}
