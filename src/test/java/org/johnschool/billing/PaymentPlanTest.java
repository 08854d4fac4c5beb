package org.johnschool.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.johnschool.billing.domain.Money;
import org.johnschool.billing.domain.PaymentPlan;
import org.johnschool.billing.domain.PaymentPlan.InstallmentState;
import org.johnschool.billing.domain.PaymentPlan.InstallmentStatus;
import org.johnschool.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A payment plan spreads the balance exactly, and payments settle installments oldest first; late ones are overdue. */
class PaymentPlanTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void the_balance_is_spread_in_equal_installments_with_the_leftover_cents_on_the_last() {
    PaymentPlan plan = PaymentPlan.spread(1, 9, Money.of("1000.00"), 3, TODAY.plusDays(7), 30, "c", TODAY);
    List<InstallmentStatus> s = plan.statusOn(TODAY, Money.ZERO);
    assertEquals(List.of(Money.of("333.33"), Money.of("333.33"), Money.of("333.34")), s.stream().map(InstallmentStatus::amount).toList());
    assertEquals(TODAY.plusDays(37), s.get(1).dueDate());
  }

  @Test
  void payments_settle_the_oldest_installments_and_unpaid_past_ones_are_overdue() {
    PaymentPlan plan = PaymentPlan.spread(1, 9, Money.of("300.00"), 3, TODAY.plusDays(1), 30, "c", TODAY);
    List<InstallmentStatus> later = plan.statusOn(TODAY.plusDays(45), Money.of("150.00"));
    assertEquals(InstallmentState.PAID, later.get(0).state());
    assertEquals(InstallmentState.OVERDUE, later.get(1).state());
    assertEquals(Money.of("50.00"), later.get(1).paid());
    assertEquals(InstallmentState.DUE, later.get(2).state());
    assertEquals(InstallmentState.PARTLY_PAID, plan.statusOn(TODAY, Money.of("50.00")).get(0).state());
  }

  @Test
  void a_plan_needs_something_owed_and_sensible_terms() {
    var e = assertThrows(InvalidInputException.class, () -> PaymentPlan.spread(1, 9, Money.ZERO, 1, TODAY.minusDays(1), 3, "c", TODAY));
    assertEquals(List.of("balance", "count", "firstDue", "everyDays"), e.errors().stream().map(x -> x.field()).toList());
  }
}
