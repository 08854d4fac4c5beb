package org.johnschool.completion.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The public verification page's address for a certificate number (JSM_PUBLIC_URL when the app sits behind a proxy). */
public final class VerificationLink {

  private VerificationLink() {}

  public static String of(HttpServletRequest request, String number) {
    String base = System.getenv("JSM_PUBLIC_URL");
    if (base == null || base.isBlank()) {
      base = request.getScheme() + "://" + request.getServerName()
          + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort()) + request.getContextPath();
    }
    return base.replaceAll("/+$", "") + "/verify.xhtml?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
  }
}
