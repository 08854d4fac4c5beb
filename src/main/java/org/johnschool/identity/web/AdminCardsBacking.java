package org.johnschool.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.identity.application.UserAdministration;
import org.johnschool.notification.application.Notices;
import org.johnschool.identity.domain.Role;

/** An admin's dashboard part: accounts locked by failed sign-ins, and notices that did not reach the participant. */
@Named
@RequestScoped
public class AdminCardsBacking {

  @Inject CurrentStaff staff;
  @Inject UserAdministration users;
  @Inject Notices notices;

  private long locked;
  private long undelivered;

  @PostConstruct
  void load() {
    if (staff.is(Role.ADMIN)) {
      locked = users.list(staff.scope()).stream().filter(UserAdministration.UserView::locked).count();
      undelivered = notices.undelivered(staff.scope());
    }
  }

  public long getLocked() {
    return locked;
  }

  public long getUndelivered() {
    return undelivered;
  }
}
