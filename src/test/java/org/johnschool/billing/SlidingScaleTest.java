package org.johnschool.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.johnschool.billing.domain.Money;
import org.johnschool.billing.domain.SlidingScale;
import org.johnschool.billing.domain.SlidingScale.Tier;
import org.johnschool.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A household falls in the first tier whose limit (raised per extra member) it does not exceed; above all, the base fee. */
class SlidingScaleTest {

  private static final Money BASE = Money.of("1000.00");
  private static final SlidingScale SCALE = SlidingScale.checked(List.of(
      new Tier(Money.of("20000.00"), Money.of("7000.00"), Money.of("250.00")),
      new Tier(Money.of("40000.00"), Money.of("7000.00"), Money.of("500.00"))), BASE);

  @Test
  void a_larger_household_qualifies_at_a_higher_income() {
    assertEquals(new SlidingScale.Result(1, Money.of("250.00")), SCALE.assess(Money.of("20000.00"), 1, BASE));
    assertEquals(2, SCALE.assess(Money.of("26000.00"), 1, BASE).tierPosition());
    assertEquals(1, SCALE.assess(Money.of("26000.00"), 2, BASE).tierPosition());
  }

  @Test
  void above_every_tier_the_base_fee_applies() {
    SlidingScale.Result r = SCALE.assess(Money.of("90000.00"), 4, BASE);
    assertNull(r.tierPosition());
    assertEquals(BASE, r.fee());
  }

  @Test
  void tiers_must_rise_in_income_and_not_fall_in_fee_and_households_are_one_to_twenty() {
    var e = assertThrows(InvalidInputException.class, () -> SlidingScale.checked(List.of(
        new Tier(Money.of("40000.00"), Money.ZERO, Money.of("500.00")), new Tier(Money.of("30000.00"), Money.ZERO, Money.of("250.00"))), BASE));
    assertEquals(List.of("tiers[1].incomeLimit", "tiers[1].fee"), e.errors().stream().map(x -> x.field()).toList());
    assertThrows(InvalidInputException.class, () -> SCALE.assess(Money.of("1.00"), 0, BASE));
  }
}
