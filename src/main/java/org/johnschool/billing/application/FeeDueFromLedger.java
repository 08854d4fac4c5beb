package org.johnschool.billing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.johnschool.billing.domain.Account;
import org.johnschool.billing.domain.AccountEntries;
import org.johnschool.billing.domain.Money;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.scheduling.domain.FeeDue;

/** The balance owed on a case's account, for the enrollment notice. */
@ApplicationScoped
public class FeeDueFromLedger implements FeeDue {

  @Inject AccountEntries ledger;

  @Override
  public Optional<String> amountDue(StaffScope scope, long referralId) {
    Money balance = Account.of(ledger.ofCase(scope.programId(), referralId)).balance();
    return balance.isPositive() ? Optional.of(balance.toString()) : Optional.empty();
  }
}
