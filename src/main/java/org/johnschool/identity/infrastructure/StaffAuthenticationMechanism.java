package org.johnschool.identity.infrastructure;

import org.johnschool.platform.DatabaseOutage;
import org.johnschool.platform.web.AjaxRedirect;
import org.johnschool.platform.web.OutageFilter;
import org.johnschool.platform.web.RefererPage;
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
import org.johnschool.identity.application.ApiTokens;
import org.johnschool.identity.application.PendingSignIn;
import org.johnschool.identity.application.SecondFactorPolicy.Step;
import org.johnschool.identity.application.SignInService;
import org.johnschool.identity.application.SignInService.PasswordAccepted;
import org.johnschool.identity.application.SignedInStaff;
import org.johnschool.identity.domain.SecurityEvent.Outcome;
import org.johnschool.identity.domain.SecurityEvent.Type;

/**
 * How staff prove who they are. REST ({@code /api/*}): HTTP Basic or a bearer token on every request,
 * never the session cookie (so a page session cannot be used for cross-site requests to the API).
 * Accounts with two-step sign-in cannot use Basic except to get a token with their one-time code.
 * Pages: the login form (via {@code SecurityContext.authenticate}) checks the password, then sends
 * accounts with two-step sign-in to the code page (or to set it up) with a {@link PendingSignIn} that
 * gives no access; the session that ends after 30 idle minutes (web.xml) or 12 hours in all (CJIS
 * AC-11, IA-5) starts only when both steps are done.
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String SESSION_KEY = "jsm.staff";
  private static final String API = "/api/";
  /** The one REST path an account with two-step sign-in may call with its password alone. */
  public static final String TOKEN_PATH = "/api/v1/auth/tokens";

  @Inject SignInService signIn;
  @Inject ApiTokens tokens;

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext ctx) {
    SecurityHeadersFilter.apply(request, response);
    try {
      return authenticate(request, response, ctx);
    } catch (RuntimeException e) {
      if (!DatabaseOutage.isCause(e)) {
        throw e;
      }
      // Accounts live in the database: without it nobody can be signed in. Say so, rather than fail with a 500.
      return OutageFilter.unavailable(request, response) ? AuthenticationStatus.SEND_CONTINUE : AuthenticationStatus.SEND_FAILURE;
    }
  }

  private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response, HttpMessageContext ctx) {
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
      return toSignIn(request, response, ctx);
    }
    return ctx.doNothing();
  }

  /**
   * Not signed in (or the session ended): to the sign-in page, and from there back. A click on a page whose session
   * ended is an Ajax request, which would follow a plain redirect out of sight and leave the person clicking a
   * button that does nothing: it gets JSF's own redirect, back to the page it came from.
   */
  private static AuthenticationStatus toSignIn(HttpServletRequest request, HttpServletResponse response, HttpMessageContext ctx) {
    String here = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    if (!AjaxRedirect.isAjax(request)) {
      return redirect(response, request.getContextPath() + "/login.xhtml?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
    }
    String next = RefererPage.of(request).orElse(here);
    try {
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(AjaxRedirect.to(
          request.getContextPath() + "/login.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      // The client has gone; nothing to tell it.
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /** A redirect relative to this server: the mechanism runs before the filters, so it sends its own ({@link RelativeRedirects}). */
  private static AuthenticationStatus redirect(HttpServletResponse response, String location) {
    try {
      org.johnschool.platform.web.RelativeRedirects.send(response, location);
    } catch (IOException e) {
      // The client has gone; nothing to tell it.
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext ctx, UsernamePasswordCredential c) {
    Optional<PasswordAccepted> accepted = signIn.checkPassword(c.getCaller(), c.getPasswordAsString(), request.getRemoteAddr());
    if (accepted.isEmpty()) {
      // No sendError here: the sign-in page answers itself, with its message (the container's would be a bare 401 page).
      return AuthenticationStatus.SEND_FAILURE;
    }
    SignedInStaff staff = accepted.get().staff();
    String next = (String) request.getAttribute(NEXT_ATTRIBUTE);
    HttpSession session = renewSession(request);
    if (accepted.get().next() != Step.DONE) {
      session.setAttribute(PendingSignIn.SESSION_KEY,
          new PendingSignIn(staff.username(), accepted.get().next(), next, System.currentTimeMillis()));
      String page = accepted.get().next() == Step.CODE ? "/login-code.xhtml" : "/two-step-setup.xhtml";
      return redirect(ctx.getResponse(), request.getContextPath() + page);
    }
    signIn.signedIn(staff.username(), request.getRemoteAddr(), "password");
    session.setAttribute(SESSION_KEY, staff);
    return ctx.notifyContainerAboutLogin(staff.username(), Set.of(staff.role().name()));
  }

  /** Set by the sign-in page: where to go once signed in (carried through the second step). */
  public static final String NEXT_ATTRIBUTE = "jsm.signIn.next";

  /**
   * A new session id, and nothing of what the session held but the language chosen, at every change of who is
   * signed in (session fixation). The session keeps its place (id changed, attributes removed) rather than being invalidated and
   * replaced within the request: on a cluster, a second session made in the same request stayed locked after
   * it (WildFly's distributable sessions), and the other node then waited 15 s for it and failed.
   */
  public static HttpSession renewSession(HttpServletRequest request) {
    HttpSession session = request.getSession(true);
    // The one thing kept: the pages' language the person chose (on the sign-in page, say), which says nothing of who.
    Object language = session.getAttribute(org.johnschool.platform.web.LanguageBacking.CHOSEN_ATTRIBUTE);
    for (String name : java.util.Collections.list(session.getAttributeNames())) {
      session.removeAttribute(name);
    }
    request.changeSessionId();
    if (language != null) {
      session.setAttribute(org.johnschool.platform.web.LanguageBacking.CHOSEN_ATTRIBUTE, language);
    }
    return session;
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
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return bearer(header.substring(7).trim(), response, ctx);
    }
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return ctx.isProtected() ? challenge(response, ctx, SIGN_IN) : ctx.doNothing();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return challenge(response, ctx, SIGN_IN);
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return challenge(response, ctx, SIGN_IN);
    }
    Optional<PasswordAccepted> accepted = signIn.checkPassword(decoded.substring(0, colon), decoded.substring(colon + 1), request.getRemoteAddr());
    if (accepted.isEmpty()) {
      return challenge(response, ctx, SIGN_IN);
    }
    SignedInStaff staff = accepted.get().staff();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (accepted.get().next() != Step.DONE && !TOKEN_PATH.equals(path)) {
      return challenge(response, ctx, TWO_STEP);
    }
    if (!accepted.get().remembered() && accepted.get().next() == Step.DONE) {
      signIn.signedIn(staff.username(), request.getRemoteAddr(), "HTTP Basic");
    }
    return ctx.notifyContainerAboutLogin(staff.username(), Set.of(staff.role().name()));
  }

  private AuthenticationStatus bearer(String token, HttpServletResponse response, HttpMessageContext ctx) {
    Optional<SignedInStaff> staff = tokens.authenticate(token);
    return staff.isPresent()
        ? ctx.notifyContainerAboutLogin(staff.get().username(), Set.of(staff.get().role().name()))
        : challenge(response, ctx, TOKEN);
  }

  private static final String SIGN_IN = "Sign in with a valid user name and password.";
  private static final String TWO_STEP = "This account uses two-step sign-in: get a token from POST " + TOKEN_PATH
      + " (HTTP Basic and your one-time code) and send it as Authorization: Bearer.";
  private static final String TOKEN = "The token is unknown, expired or revoked: get a new one from POST " + TOKEN_PATH + ".";

  private AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext ctx, String message) {
    HttpServletRequest request = ctx.getRequest();
    try {
      response.setHeader("WWW-Authenticate", "Basic realm=\"John School Manager\", charset=\"UTF-8\"");
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/json");
      response.getWriter().write("{\"status\":401,\"message\":\"" + message + "\",\"errors\":[]}");
      // Completing the exchange keeps the container from swapping the JSON for its own error page. A request body
      // must be read first for that; a large one is not worth reading for a refusal (the container's page answers).
      long length = request.getContentLengthLong();
      if (length <= 0 || length <= 64 * 1024 && request.getInputStream().readNBytes((int) length + 1).length >= 0) {
        response.getWriter().close();
      }
    } catch (IOException e) {
      // The client has gone; nothing to tell it.
    }
    // SEND_CONTINUE: the answer is written (SEND_FAILURE would have the container try to send its own error page).
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
