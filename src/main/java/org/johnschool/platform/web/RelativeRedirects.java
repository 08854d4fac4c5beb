package org.johnschool.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Redirects say where to go relative to this server ({@code Location: /login.xhtml?…}), never with a host: the
 * container would build an absolute address from the request's Host header, which the caller chooses (issue 22,
 * item 11: {@code Host: evil.example} sent the person to evil.example). Browsers resolve a relative Location against
 * the address they asked, so nothing else changes.
 */
@WebFilter(urlPatterns = "/*", filterName = "relativeRedirects")
public class RelativeRedirects extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    chain.doFilter(request, new HttpServletResponseWrapper(response) {
      @Override
      public void sendRedirect(String location) throws IOException {
        send(response, location);
      }
    });
  }

  /** A 302 to {@code location} as given (a path on this server, or an absolute address the application chose). */
  public static void send(HttpServletResponse response, String location) throws IOException {
    if (response.isCommitted()) {
      throw new IllegalStateException("The response was already sent; cannot redirect to " + location);
    }
    response.resetBuffer();
    response.setStatus(HttpServletResponse.SC_FOUND);
    response.setHeader("Location", location);
    response.flushBuffer();
  }
}
