package org.johnschool.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** Sending a JSF Ajax request (a PrimeFaces button or field) elsewhere: it follows only JSF's own redirect, not a 302. */
public final class AjaxRedirect {

  private AjaxRedirect() {
  }

  /** Whether the request is a JSF Ajax request. */
  public static boolean isAjax(HttpServletRequest request) {
    return "partial/ajax".equals(request.getHeader("Faces-Request"));
  }

  /** The answer that sends the page to {@code url} (JSF's partial response with a redirect). */
  public static String to(String url) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
        + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>";
  }
}
