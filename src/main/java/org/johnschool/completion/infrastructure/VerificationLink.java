package org.johnschool.completion.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The public verification page's address for a certificate number, on the application's own address ({@link org.johnschool.platform.web.PublicAddress}). */
public final class VerificationLink {

  private VerificationLink() {}

  public static String of(HttpServletRequest request, String number) {
    return org.johnschool.platform.web.PublicAddress.of(request) + "/verify.xhtml?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
  }
}
