package org.johnschool.identity.infrastructure;

import org.johnschool.platform.web.SecurityHeadersFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.johnschool.identity.application.SignInService;
import org.johnschool.identity.application.SignedInStaff;
import org.johnschool.identity.domain.SecurityEvent.Outcome;
import org.johnschool.identity.domain.SecurityEvent.Type;

/**
 * How staff prove who they are. REST ({@code /api/*}): HTTP Basic on every request, no session.
 * Pages: the login form (via {@code SecurityContext.authenticate}) starts a session that ends after 30
 * idle minutes (web.xml) or 12 hours in all (CJIS AC-11, IA-5), whichever comes first.
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String SESSION_KEY = "jsm.staff";
  private static final String API = "/api/";

  @Inject SignInService signIn;

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext ctx) {
    SecurityHeadersFilter.apply(request, response);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith(API)) {
      return basic(request, response, ctx);
    }
    if (ctx.isAuthenticationRequest() && ctx.getAuthParameters().getCredential() instanceof UsernamePasswordCredential c) {
      return formLogin(request, ctx, c);
    }
    Optional<SignedInStaff> staff = fromSession(request);
    if (staff.isPresent()) {
      return ctx.notifyContainerAboutLogin(staff.get().username(), Set.of(staff.get().role().name()));
    }
    if (ctx.isProtected()) {
      String next = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      return ctx.redirect(request.getContextPath() + "/login.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }
    return ctx.doNothing();
  }

  private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext ctx, UsernamePasswordCredential c) {
    Optional<SignedInStaff> staff = signIn.signIn(c.getCaller(), c.getPasswordAsString(), request.getRemoteAddr(), true);
    if (staff.isEmpty()) {
      return ctx.responseUnauthorized();
    }
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    request.getSession(true).setAttribute(SESSION_KEY, staff.get());
    return ctx.notifyContainerAboutLogin(staff.get().username(), Set.of(staff.get().role().name()));
  }

  private Optional<SignedInStaff> fromSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(SESSION_KEY) instanceof SignedInStaff staff)) {
      return Optional.empty();
    }
    boolean expired = staff.mustSignInAgain(System.currentTimeMillis());
    if (expired || !signIn.stillActive(staff.username())) {
      session.invalidate();
      signIn.record(Type.SESSION_EXPIRED, staff.username(), Outcome.SUCCESS, request.getRemoteAddr(),
          expired ? "12-hour limit reached" : "account disabled or locked");
      return Optional.empty();
    }
    return Optional.of(staff);
  }

  private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response, HttpMessageContext ctx) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return ctx.isProtected() ? challenge(response, ctx) : ctx.doNothing();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return challenge(response, ctx);
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return challenge(response, ctx);
    }
    Optional<SignedInStaff> staff = signIn.signIn(decoded.substring(0, colon), decoded.substring(colon + 1), request.getRemoteAddr(), true);
    return staff.isPresent()
        ? ctx.notifyContainerAboutLogin(staff.get().username(), Set.of(staff.get().role().name()))
        : challenge(response, ctx);
  }

  private AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext ctx) {
    try {
      response.setHeader("WWW-Authenticate", "Basic realm=\"John School Manager\", charset=\"UTF-8\"");
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/json");
      response.getWriter().write("{\"status\":401,\"message\":\"Sign in with a valid user name and password.\",\"errors\":[]}");
    } catch (IOException e) {
      // The client has gone; nothing to tell it.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
