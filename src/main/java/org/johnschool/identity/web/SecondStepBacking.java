package org.johnschool.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.johnschool.identity.application.PendingSignIn;
import org.johnschool.identity.application.SecondFactorPolicy.Step;
import org.johnschool.identity.application.TwoStepSignIn;
import org.johnschool.platform.web.Messages;

/** The second sign-in step (login-code.xhtml): a code from the authenticator app, or a recovery code. */
@Named
@RequestScoped
public class SecondStepBacking {

  @Inject SignInCompletion completion;
  @Inject TwoStepSignIn twoStep;

  private String code;

  /** Only with a password just accepted; otherwise back to the first step. */
  public void open() throws IOException {
    if (pending().isEmpty()) {
      completion.backToSignIn();
    }
  }

  public String verify() throws IOException {
    Optional<PendingSignIn> pending = pending();
    if (pending.isEmpty()) {
      completion.backToSignIn();
      return null;
    }
    String address = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    String typed = code;
    code = null;
    if (twoStep.verify(pending.get().username(), typed, address)) {
      completion.complete(pending.get(), "password and second step");
      return null;
    }
    Messages.error("twoStep.wrongCode");
    return null;
  }

  private Optional<PendingSignIn> pending() {
    return completion.pending().filter(p -> p.step() == Step.CODE);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
