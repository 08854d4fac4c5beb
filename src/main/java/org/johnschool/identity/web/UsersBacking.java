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
import org.primefaces.PrimeFaces;

/** Admin page of staff accounts (admin/users.xhtml). */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

  @Inject CurrentStaff staff;
  @Inject UserAdministration admin;
  @Inject CourtDirectory courts;
  @Inject SecondFactorPolicy policy;

  private List<UserView> users;
  private List<UserView> shown;
  private String query;
  private Edited edited;
  private List<String> courtCodes;
  private String username;
  private String displayName;
  private String role = Role.COORDINATOR.name();
  private String court;
  private String password;
  private boolean requireTwoStep;

  /** The account being edited in the dialog (the form to create one stays as it was). */
  public static class Edited implements Serializable {
    private final long id;
    private final String username;
    private String displayName;
    private String role;
    private String court;
    private boolean enabled;
    private boolean requireTwoStep;

    Edited(UserView u) {
      this.id = u.id();
      this.username = u.username();
      this.displayName = u.displayName();
      this.role = u.role();
      this.court = u.court();
      this.enabled = u.enabled();
      this.requireTwoStep = u.twoStepRequired();
    }

    public String getUsername() {
      return username;
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

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public boolean isRequireTwoStep() {
      return requireTwoStep;
    }

    public void setRequireTwoStep(boolean requireTwoStep) {
      this.requireTwoStep = requireTwoStep;
    }
  }

  @PostConstruct
  void load() {
    users = admin.list(staff.scope());
    courtCodes = courts.courtsOf(staff.scope()).stream().map(Court::getCode).toList();
    search();
  }

  /** Narrows the list to accounts whose user name, name, role or court contains every word typed (any case). */
  public void search() {
    List<String> words = query == null ? List.of()
        : java.util.Arrays.stream(query.toLowerCase(java.util.Locale.ROOT).split("[\\s,]+")).filter(w -> !w.isEmpty()).toList();
    shown = users.stream().filter(u -> {
      String text = String.join(" ", u.username(), u.displayName(), u.role(), Messages.text("role." + u.role()),
          u.court() == null ? "" : u.court()).toLowerCase(java.util.Locale.ROOT);
      return words.stream().allMatch(text::contains);
    }).toList();
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

  /** Opens the account in the "Edit user" dialog. */
  public void edit(UserView u) {
    edited = new Edited(u);
    PrimeFaces.current().executeScript("PF('editUser').show();");
  }

  public void save() {
    try {
      admin.update(staff.scope(), edited.id, edited.displayName, edited.role, edited.court, edited.enabled, edited.requireTwoStep);
      Messages.info("common.saved");
      edited = null;
      PrimeFaces.current().executeScript("PF('editUser').hide();");
      load();
    } catch (BusinessException e) {
      Messages.refused(e, field -> switch (field) {
        case "displayName", "role", "court" -> "editForm:" + field;
        default -> null;
      });
    }
  }

  public void cancelEdit() {
    edited = null;
    PrimeFaces.current().executeScript("PF('editUser').hide();");
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
    username = null;
    displayName = null;
    role = Role.COORDINATOR.name();
    court = null;
    requireTwoStep = false;
  }

  public Role[] getRoles() {
    return Role.values();
  }

  /** The accounts the search leaves (all of them without one). */
  public List<UserView> getUsers() {
    return shown;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public Edited getEdited() {
    return edited;
  }

  public List<String> getCourtCodes() {
    return courtCodes;
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
}
