package org.johnschool.billing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.johnschool.scheduling.domain.CaseEnrolled;

/** When a case first takes a seat, the program fee is charged to its account (in the same transaction). */
@ApplicationScoped
public class FeeOnEnrollment {

  @Inject Cashier cashier;

  void charge(@Observes CaseEnrolled enrolled) {
    cashier.chargeProgramFee(enrolled.scope(), enrolled.referralId());
  }
}
