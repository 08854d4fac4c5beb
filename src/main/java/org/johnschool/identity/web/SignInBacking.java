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
import org.johnschool.identity.infrastructure.StaffAuthenticationMechanism;
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
  private boolean expired;

  public String signIn() throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    ((HttpServletRequest) ec.getRequest()).setAttribute(StaffAuthenticationMechanism.NEXT_ATTRIBUTE, next);
    AuthenticationStatus status = security.authenticate((HttpServletRequest) ec.getRequest(), (HttpServletResponse) ec.getResponse(),
        withParams().credential(new UsernamePasswordCredential(username == null ? "" : username, password == null ? "" : password))
            .newAuthentication(true));
    password = null;
    if (status == AuthenticationStatus.SUCCESS) {
      ec.redirect(SignInCompletion.safeNext(ec.getRequestContextPath(), next));
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

  /** The sign-in page was open too long and its form expired: shown again, saying so. */
  public boolean isExpired() {
    return expired;
  }

  public void setExpired(boolean expired) {
    this.expired = expired;
  }
}
