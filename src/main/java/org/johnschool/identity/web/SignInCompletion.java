package org.johnschool.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.johnschool.identity.application.PendingSignIn;
import org.johnschool.identity.application.SignInService;
import org.johnschool.identity.infrastructure.StaffAuthenticationMechanism;

/** The pages of the second sign-in step share this: the pending sign-in, and finishing it. */
@ApplicationScoped
public class SignInCompletion {

  @Inject SignInService signIn;

  /** The sign-in waiting for its second step in this session, if it has not lapsed. */
  public Optional<PendingSignIn> pending() {
    HttpSession session = request().getSession(false);
    if (session == null || !(session.getAttribute(PendingSignIn.SESSION_KEY) instanceof PendingSignIn p)) {
      return Optional.empty();
    }
    if (p.lapsed(System.currentTimeMillis())) {
      session.removeAttribute(PendingSignIn.SESSION_KEY);
      return Optional.empty();
    }
    return Optional.of(p);
  }

  /** Both steps done: a new session that signs the person in, recorded, and on to where they were going. */
  public void complete(PendingSignIn pending, String how) throws IOException {
    HttpServletRequest request = request();
    HttpSession session = StaffAuthenticationMechanism.renewSession(request);
    session.setAttribute(StaffAuthenticationMechanism.SESSION_KEY, signIn.staff(pending.username()));
    signIn.signedIn(pending.username(), request.getRemoteAddr(), how);
    redirect(safeNext(request.getContextPath(), pending.next()));
  }

  /** Back to the sign-in page (nothing pending, or it lapsed). */
  public void backToSignIn() throws IOException {
    redirect(request().getContextPath() + "/login.xhtml");
  }

  public static void redirect(String url) throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.getExternalContext().redirect(url);
    fc.responseComplete();
  }

  /** Only a path inside this application, never another site (open redirect). */
  public static String safeNext(String contextPath, String next) {
    String home = contextPath + "/dashboard.xhtml";
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.contains("login")
        || next.contains("two-step-setup")) {
      return home;
    }
    return next;
  }

  private static HttpServletRequest request() {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    return (HttpServletRequest) ec.getRequest();
  }
}
