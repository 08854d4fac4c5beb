package org.johnschool.identity.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.identity.application.PendingSignIn;
import org.johnschool.identity.application.SecondFactorPolicy.Step;
import org.johnschool.identity.application.TwoStepSignIn;
import org.johnschool.identity.application.TwoStepSignIn.Setup;
import org.johnschool.platform.web.Messages;

/**
 * Setting up an authenticator app (two-step-setup.xhtml): during a sign-in that requires it, or later
 * from the account page. The secret stays on the server until a code from the app confirms it.
 */
@Named
@ViewScoped
public class TwoStepSetupBacking implements Serializable {

  @Inject SignInCompletion completion;
  @Inject TwoStepSignIn twoStep;
  @Inject CurrentStaff staff;

  private String username;
  private boolean duringSignIn;
  private Setup setup;
  private String code;
  private List<String> recoveryCodes;

  public void open() throws IOException {
    if (setup != null || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    Optional<PendingSignIn> pending = completion.pending().filter(p -> p.step() == Step.ENROL);
    if (pending.isPresent()) {
      username = pending.get().username();
      duringSignIn = true;
    } else if (staff.isSignedIn() && !twoStep.hasSecondFactor(staff.getUsername())) {
      username = staff.getUsername();
    } else if (staff.isSignedIn()) {
      SignInCompletion.redirect(request().getContextPath() + "/account/security.xhtml");
      return;
    } else {
      completion.backToSignIn();
      return;
    }
    setup = twoStep.newSetup(username);
  }

  public void confirm() {
    String typed = code;
    code = null;
    if (setup == null || recoveryCodes != null) {
      return;
    }
    Optional<List<String>> codes = twoStep.enrol(username, setup.secret(), typed, request().getRemoteAddr());
    if (codes.isEmpty()) {
      Messages.error("twoStep.setupWrongCode");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    recoveryCodes = codes.get();
  }

  /** After the recovery codes are shown: on into the application, or back to the account page. */
  public void proceed() throws IOException {
    if (recoveryCodes == null) {
      return;
    }
    if (duringSignIn) {
      Optional<PendingSignIn> pending = completion.pending();
      if (pending.isEmpty()) {
        completion.backToSignIn();
        return;
      }
      completion.complete(pending.get(), "password and new second factor");
    } else {
      Messages.info("twoStep.enabled");
      SignInCompletion.redirect(request().getContextPath() + "/account/security.xhtml");
    }
  }

  public String getQrCode() {
    return setup == null ? "" : QrCodeSvg.of(setup.otpauthUri(), Messages.text("twoStep.qrLabel"));
  }

  /** The secret in groups of four, for typing into an app by hand. */
  public String getSecretGroups() {
    return setup == null ? "" : setup.secret().replaceAll("(.{4})(?!$)", "$1 ");
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public boolean isDuringSignIn() {
    return duringSignIn;
  }

  public String getUsername() {
    return username;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }
}
