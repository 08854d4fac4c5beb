package org.johnschool.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.johnschool.identity.domain.Role;
import org.johnschool.identity.domain.StaffUser;
import org.johnschool.identity.domain.StaffUsers;
import org.johnschool.platform.NotFoundException;

/** The signed-in staff member of this request, for pages ({@code #{currentStaff}}) and endpoints. */
@Named
@RequestScoped
public class CurrentStaff {

  @Inject SecurityContext security;
  @Inject StaffUsers users;

  private boolean loaded;
  private StaffScope scope;
  private String displayName;
  private String courtName;

  /** Signed in as a staff account (the container's "anonymous" caller is not one). */
  public boolean isSignedIn() {
    load();
    return scope != null;
  }

  public StaffScope scope() {
    load();
    if (scope == null) {
      throw new NotFoundException("Not signed in.");
    }
    return scope;
  }

  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    Principal p = security.getCallerPrincipal();
    if (p == null) {
      return;
    }
    users.findByUsername(p.getName()).ifPresent(this::take);
  }

  /**
   * The account whose password this request carried (HTTP Basic), as read from the database to check it: the request
   * needs not read it a second time.
   */
  void signedInWith(StaffUser u) {
    loaded = true;
    take(u);
  }

  private void take(StaffUser u) {
    scope = new StaffScope(u.getUsername(), u.getId(), u.getProgram().getId(), u.getRole(),
        u.getCourt() == null ? null : u.getCourt().getId());
    displayName = u.getDisplayName();
    courtName = u.getCourt() == null ? null : u.getCourt().getName();
  }

  public String getUsername() {
    return isSignedIn() ? scope().username() : null;
  }

  public String getDisplayName() {
    scope();
    return displayName;
  }

  public String getCourtName() {
    scope();
    return courtName;
  }

  public Role getRole() {
    return isSignedIn() ? scope().role() : null;
  }

  public boolean is(Role role) {
    return isSignedIn() && scope().role() == role;
  }

  public boolean isAny(Role... roles) {
    for (Role r : roles) {
      if (is(r)) {
        return true;
      }
    }
    return false;
  }

  /** For pages: {@code #{currentStaff.admin}}, {@code #{currentStaff.coordinator or currentStaff.admin}}. */
  public boolean isAdmin() {
    return is(Role.ADMIN);
  }

  public boolean isCoordinator() {
    return is(Role.COORDINATOR);
  }

  public boolean isFacilitator() {
    return is(Role.FACILITATOR);
  }

  public boolean isClerk() {
    return is(Role.CLERK);
  }

  public boolean isEvaluator() {
    return is(Role.EVALUATOR);
  }
}
