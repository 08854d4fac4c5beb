package org.johnschool.identity.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.johnschool.platform.web.Messages;

/** The sign-in page: one message for every failure, so it never tells which part was wrong. */
@Named
@RequestScoped
public class SignInBacking {

  @Inject SecurityContext security;

  private String username;
  private String password;
  private String next;
  private boolean signedOut;

  public String signIn() throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    AuthenticationStatus status = security.authenticate((HttpServletRequest) ec.getRequest(), (HttpServletResponse) ec.getResponse(),
        withParams().credential(new UsernamePasswordCredential(username == null ? "" : username, password == null ? "" : password))
            .newAuthentication(true));
    password = null;
    if (status == AuthenticationStatus.SUCCESS) {
      ec.redirect(safeNext(ec.getRequestContextPath()));
      fc.responseComplete();
      return null;
    }
    if (status == AuthenticationStatus.SEND_CONTINUE) {
      fc.responseComplete();
      return null;
    }
    ((HttpServletResponse) ec.getResponse()).setStatus(HttpServletResponse.SC_OK);
    Messages.error("login.failed");
    return null;
  }

  /** Only a path inside this application, never another site (open redirect). */
  private String safeNext(String contextPath) {
    String home = contextPath + "/dashboard.xhtml";
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.contains("login.xhtml")) {
      return home;
    }
    return next;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public boolean isSignedOut() {
    return signedOut;
  }

  public void setSignedOut(boolean signedOut) {
    this.signedOut = signedOut;
  }
}
