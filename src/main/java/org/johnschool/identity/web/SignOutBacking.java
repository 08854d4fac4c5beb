package org.johnschool.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.johnschool.identity.application.SignInService;
import org.johnschool.identity.domain.SecurityEvent.Outcome;
import org.johnschool.identity.domain.SecurityEvent.Type;

/** Signing out ends the session and is recorded. */
@Named
@RequestScoped
public class SignOutBacking {

  @Inject SignInService signIn;

  public String signOut() throws IOException, ServletException {
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    String user = request.getRemoteUser();
    if (user != null) {
      signIn.record(Type.LOGOUT, user, Outcome.SUCCESS, request.getRemoteAddr(), null);
    }
    request.logout();
    ec.invalidateSession();
    ec.redirect(ec.getRequestContextPath() + "/login.xhtml?signedOut=true");
    fc.responseComplete();
    return null;
  }
}
