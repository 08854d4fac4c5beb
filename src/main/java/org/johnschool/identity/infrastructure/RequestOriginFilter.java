package org.johnschool.identity.infrastructure;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Records the client address of each request for the audit trail. */
@WebFilter(urlPatterns = "/*", filterName = "requestOrigin")
public class RequestOriginFilter extends HttpFilter {

  @Inject RequestOrigin origin;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    origin.setAddress(request.getRemoteAddr());
    chain.doFilter(request, response);
  }
}
