package org.johnschool.completion.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.johnschool.billing.domain.AccountChanged;
import org.johnschool.classday.domain.ClassDayRecorded;

/** Looks at a case's completion again, in the same transaction, whenever its class day, test or account changes. */
@ApplicationScoped
public class CompletionTriggers {

  @Inject Completions completions;
  @Inject KioskCompletion kiosk;

  void classDay(@Observes ClassDayRecorded e) {
    completions.evaluate(e.scope(), e.referralId());
  }

  void kioskTest(@Observes org.johnschool.classday.domain.KioskTestSubmitted e) {
    kiosk.evaluate(e.programId(), e.referralId());
  }

  void account(@Observes AccountChanged e) {
    completions.evaluate(e.scope(), e.referralId());
  }
}
