package org.johnschool.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.johnschool.identity.application.AccountSecurity;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.identity.application.TwoStepSignIn;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;

/** The signed-in person's own account (account/security.xhtml): password, two-step sign-in, recovery codes. */
@Named
@ViewScoped
public class AccountSecurityBacking implements Serializable {

  @Inject CurrentStaff staff;
  @Inject AccountSecurity account;
  @Inject TwoStepSignIn twoStep;

  private String currentPassword;
  private String newPassword;
  private String repeatPassword;
  private String code;
  private List<String> recoveryCodes;
  private boolean twoStepOn;
  private boolean twoStepRequired;
  private long recoveryCodesLeft;

  /** Read once per view (the page asks several times while it renders), again after a change. */
  @PostConstruct
  void load() {
    String username = staff.getUsername();
    twoStepOn = twoStep.hasSecondFactor(username);
    twoStepRequired = twoStep.required(username);
    recoveryCodesLeft = twoStep.recoveryCodesLeft(username);
  }

  public void changePassword() {
    try {
      if (newPassword == null || !newPassword.equals(repeatPassword)) {
        FacesContext.getCurrentInstance().validationFailed();
        FacesContext.getCurrentInstance().addMessage("password:repeatPassword",
            new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                Messages.text("account.passwordsDiffer"), null));
        return;
      }
      if (account.changePassword(staff.getUsername(), currentPassword, newPassword, address())) {
        Messages.info("account.passwordChanged");
      } else {
        FacesContext.getCurrentInstance().validationFailed();
        FacesContext.getCurrentInstance().addMessage("password:currentPassword",
            new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                Messages.text("account.currentWrong"), null));
      }
    } catch (BusinessException e) {
      Messages.refused(e, field -> "password:" + field);
    } finally {
      currentPassword = null;
      newPassword = null;
      repeatPassword = null;
    }
  }

  public void renewRecoveryCodes() {
    String typed = code;
    code = null;
    Optional<List<String>> codes = twoStep.renewRecoveryCodes(staff.getUsername(), typed, address());
    if (codes.isEmpty()) {
      FacesContext.getCurrentInstance().validationFailed();
      Messages.error("twoStep.wrongCode");
      return;
    }
    recoveryCodes = codes.get();
    load();
  }

  public boolean isTwoStepOn() {
    return twoStepOn;
  }

  public boolean isTwoStepRequired() {
    return twoStepRequired;
  }

  public long getRecoveryCodesLeft() {
    return recoveryCodesLeft;
  }

  private static String address() {
    return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
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
