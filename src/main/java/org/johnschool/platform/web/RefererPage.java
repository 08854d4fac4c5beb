package org.johnschool.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The page a request was sent from (its Referer header), as a path and query inside this application:
 * never another site's address, so it is safe to send a person back to. A form or a click posts to the
 * page's bare address; the Referer still holds the case or session it showed.
 */
public final class RefererPage {

  private RefererPage() {
  }

  public static Optional<String> of(HttpServletRequest request) {
    return of(request.getHeader("Referer"), request.getContextPath());
  }

  static Optional<String> of(String referer, String contextPath) {
    if (referer == null) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(referer);
      String path = uri.getRawPath();
      if (path == null || !path.startsWith(contextPath + "/") || path.startsWith("//") || path.contains("\\")) {
        return Optional.empty();
      }
      return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
