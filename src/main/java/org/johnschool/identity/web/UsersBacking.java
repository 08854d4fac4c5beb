package org.johnschool.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.johnschool.court.application.CourtDirectory;
import org.johnschool.court.domain.Court;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.identity.application.SecondFactorPolicy;
import org.johnschool.identity.application.UserAdministration;
import org.johnschool.identity.application.UserAdministration.UserView;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;

/** Admin page of staff accounts (admin/users.xhtml). */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

  @Inject CurrentStaff staff;
  @Inject UserAdministration admin;
  @Inject CourtDirectory courts;
  @Inject SecondFactorPolicy policy;

  private List<UserView> users;
  private List<String> courtCodes;
  private String username;
  private String displayName;
  private String role = "COORDINATOR";
  private String court;
  private String password;
  private Long editId;
  private boolean enabled = true;
  private boolean requireTwoStep;

  @PostConstruct
  void load() {
    users = admin.list(staff.scope());
    courtCodes = courts.courtsOf(staff.scope()).stream().map(Court::getCode).toList();
  }

  public void create() {
    try {
      UserView created = admin.create(staff.scope(), username, displayName, role, court, password, requireTwoStep);
      Messages.info("users.created", created.username());
      reset();
      load();
    } catch (BusinessException e) {
      Messages.refused(e, field -> "userForm:" + (field.equals("court") || field.equals("role") || field.equals("password")
          || field.equals("displayName") ? field : "username"));
    } finally {
      password = null;
    }
  }

  public void edit(UserView u) {
    editId = u.id();
    username = u.username();
    displayName = u.displayName();
    role = u.role();
    court = u.court();
    enabled = u.enabled();
    requireTwoStep = u.twoStepRequired();
  }

  public void save() {
    try {
      admin.update(staff.scope(), editId, displayName, role, court, enabled, requireTwoStep);
      Messages.info("common.saved");
      reset();
      load();
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  public void release(UserView u) {
    try {
      HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      admin.release(staff.scope(), u.username(), request.getRemoteAddr());
      Messages.info("users.released", u.username());
      load();
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  public void resetTwoStep(UserView u) {
    try {
      HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      admin.resetSecondFactor(staff.scope(), u.username(), request.getRemoteAddr());
      Messages.info("users.twoStepReset", u.username());
      load();
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  public void reset() {
    editId = null;
    username = null;
    displayName = null;
    role = "COORDINATOR";
    court = null;
    enabled = true;
    requireTwoStep = false;
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public List<UserView> getUsers() {
    return users;
  }

  public List<String> getCourtCodes() {
    return courtCodes;
  }

  public boolean isEditing() {
    return editId != null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getCourt() {
    return court;
  }

  public void setCourt(String court) {
    this.court = court;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isRequireTwoStep() {
    return requireTwoStep;
  }

  public void setRequireTwoStep(boolean requireTwoStep) {
    this.requireTwoStep = requireTwoStep;
  }

  /** In production every account must use two-step sign-in, so there is nothing to choose. */
  public boolean isTwoStepOptional() {
    return !policy.production();
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
