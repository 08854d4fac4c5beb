package org.johnschool.billing.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.johnschool.billing.application.PaymentPlans;
import org.johnschool.billing.application.WaiverDesk;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.identity.domain.Role;

/** The dashboard's fee cards: cases with overdue installments, and (admins) waivers waiting for a decision. */
@Named
@RequestScoped
public class FeeCardsBacking {

  @Inject CurrentStaff staff;
  @Inject PaymentPlans plans;
  @Inject WaiverDesk waivers;

  private long overdue;
  private long openWaivers;

  @PostConstruct
  void load() {
    if (staff.isAny(Role.COORDINATOR, Role.ADMIN)) {
      overdue = plans.overdue(staff.scope()).size();
    }
    if (staff.is(Role.ADMIN)) {
      openWaivers = waivers.open(staff.scope()).size();
    }
  }

  public long getOverdue() {
    return overdue;
  }

  public long getOpenWaivers() {
    return openWaivers;
  }
}
