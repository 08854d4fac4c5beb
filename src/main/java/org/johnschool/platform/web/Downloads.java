package org.johnschool.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/**
 * A file a page's button answers with: the response set up as an attachment, and a short-lived cookie that tells the
 * page's progress note (app.js) the file has come, since a download leaves the page where it is.
 */
public final class Downloads {

  /** The cookie app.js watches; its value does not matter. */
  static final String DONE_COOKIE = "jsmDownloadDone";

  private Downloads() {}

  public static ExternalContext start(String filename, String contentType) {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    ec.responseReset();
    ec.setResponseContentType(contentType);
    ec.setResponseHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    ec.addResponseCookie(DONE_COOKIE, "1", Map.of("path", "/", "maxAge", 30, "httpOnly", Boolean.FALSE, "SameSite", "Lax"));
    return ec;
  }
}
