package org.johnschool.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.johnschool.billing.domain.Allocation;
import org.johnschool.billing.domain.Allocation.Share;
import org.johnschool.billing.domain.Money;
import org.johnschool.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Collected fees split to funds always add up to what was collected, to the cent. */
class AllocationTest {

  private static final List<Share> THIRDS = List.of(new Share("Survivor services", new BigDecimal("0.33333")),
      new Share("Program operations", new BigDecimal("0.33333")), new Share("Police training", new BigDecimal("0.33334")));

  @Test
  void one_cent_goes_to_the_fund_with_the_largest_remainder() {
    Map<String, Money> split = Allocation.split(Money.of("100.00"), THIRDS);
    assertEquals(Money.of("33.33"), split.get("Survivor services"));
    assertEquals(Money.of("33.33"), split.get("Program operations"));
    assertEquals(Money.of("33.34"), split.get("Police training"));
  }

  @Test
  void over_random_amounts_and_shares_the_parts_add_up_exactly() {
    Random random = new Random(7);
    for (int run = 0; run < 2_000; run++) {
      int funds = 1 + random.nextInt(5);
      int[] weights = new int[funds];
      int left = 100_000;
      for (int i = 0; i < funds - 1; i++) {
        weights[i] = 1 + random.nextInt(Math.max(1, left - (funds - i)));
        left -= weights[i];
      }
      weights[funds - 1] = left;
      List<Share> shares = new java.util.ArrayList<>();
      for (int i = 0; i < funds; i++) {
        shares.add(new Share("Fund " + i, BigDecimal.valueOf(weights[i], 5)));
      }
      Allocation.checked(shares);
      Money collected = new Money(BigDecimal.valueOf(random.nextLong(0, 100_000_000_00L), 2).multiply(BigDecimal.valueOf(random.nextBoolean() ? 1 : -1)));
      Money sum = Allocation.split(collected, shares).values().stream().reduce(Money.ZERO, Money::plus);
      assertEquals(collected, sum, "run " + run);
    }
  }

  @Test
  void shares_must_add_up_to_one_and_name_each_fund_once() {
    var notOne = assertThrows(InvalidInputException.class, () -> Allocation.checked(List.of(new Share("A", new BigDecimal("0.5")),
        new Share("B", new BigDecimal("0.4")))));
    assertEquals("shares", notOne.errors().get(0).field());
    var twice = assertThrows(InvalidInputException.class, () -> Allocation.checked(List.of(new Share("A", new BigDecimal("0.5")),
        new Share("A", new BigDecimal("0.5")))));
    assertEquals("shares[1].fund", twice.errors().get(0).field());
    var missing = assertThrows(InvalidInputException.class, () -> Allocation.checked(java.util.Arrays.asList(
        new Share("A", BigDecimal.ONE), null)));
    assertEquals("shares[1]", missing.errors().get(0).field(), "a null entry (found by the API fuzz test) is named, not a 500");
  }
}
