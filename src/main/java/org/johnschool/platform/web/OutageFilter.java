package org.johnschool.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.johnschool.platform.DatabaseOutage;

/**
 * A page or call that fails because the database cannot be reached answers 503 with a plain message
 * (a static page for browsers, the API's error shape for REST), not an error with an incident number;
 * the page needs nothing from the database to show.
 */
@WebFilter(urlPatterns = "/*", filterName = "outage")
public class OutageFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!DatabaseOutage.isCause(e) || !unavailable(request, response)) {
        throw e;
      }
    }
  }

  /** Writes the 503 answer; false when the response was already on its way (nothing more can be said). */
  public static boolean unavailable(HttpServletRequest request, HttpServletResponse response) {
    if (response.isCommitted()) {
      return false;
    }
    try {
      response.reset();
      SecurityHeadersFilter.apply(request, response);
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", "30");
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (path.startsWith("/api/")) {
        response.setContentType("application/json");
        response.getWriter().write("{\"status\":503,\"message\":\"" + DatabaseOutage.MESSAGE + "\",\"errors\":[]}");
      } else {
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Unavailable · John School Manager</title>"
            + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/jakarta.faces.resource/css/app.css.xhtml\"></head>"
            + "<body><main id=\"main\"><h1>John School Manager is unavailable for a moment</h1>"
            + "<p>The database cannot be reached. Nothing you sent was saved. Please try again in a minute.</p>"
            + "<p lang=\"es\">La base de datos no responde. No se guardó nada de lo que envió. Inténtelo de nuevo en un minuto.</p>"
            + "</main></body></html>");
      }
      response.getWriter().close(); // complete, so nothing after this (the container's error handling) writes again
      return true;
    } catch (IOException | IllegalStateException e) {
      return false;
    }
  }
}
