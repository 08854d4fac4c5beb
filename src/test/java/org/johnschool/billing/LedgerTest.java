package org.johnschool.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.johnschool.billing.domain.Account;
import org.johnschool.billing.domain.AccountEntry;
import org.johnschool.billing.domain.EntryType;
import org.johnschool.billing.domain.Money;
import org.johnschool.billing.domain.PaymentMethod;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.InvalidTransitionException;
import org.junit.jupiter.api.Test;

/** The ledger's arithmetic: exact cents, and a balance that always equals what its entries say. */
class LedgerTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final Instant NOW = Instant.parse("2026-11-23T18:00:00Z");
  private long nextId = 1;

  private AccountEntry saved(AccountEntry e) throws Exception {
    Field id = AccountEntry.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(e, nextId++);
    return e;
  }

  @Test
  void amounts_are_exact_cents_and_bad_amounts_name_the_field() {
    assertEquals("125.00", Money.parsePositive("125", "amount").toString());
    assertEquals("0.30", Money.of("0.10").plus(Money.of("0.20")).toString());
    for (String bad : new String[] {"", "abc", "0", "-5", "12.345", "1000000.01"}) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> Money.parsePositive(bad, "amount"), bad);
      assertEquals("amount", e.errors().get(0).field());
    }
  }

  @Test
  void only_a_plain_decimal_of_ascii_digits_is_an_amount() {
    assertEquals("125.50", Money.parsePositive(" 125.5 ", "amount").toString());
    assertEquals("0.50", Money.parsePositive(".50", "amount").toString());
    // What BigDecimal reads but no ledger writes: exponents, signs, full-width and Arabic-Indic digits, grouping.
    for (String bad : new String[] {"1e3", "1E+2", "\uFF15", "\u0665", "+5.00", "1,000.00", "5.", "0x10", "12.3456"}) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> Money.parsePositive(bad, "amount"), bad);
      assertEquals("amount", e.errors().get(0).field(), bad);
    }
  }

  @Test
  void a_payment_lowers_the_balance_and_its_reversal_restores_it() throws Exception {
    List<AccountEntry> entries = new ArrayList<>();
    entries.add(saved(AccountEntry.charge(1, 9, Money.of("1000.00"), "Program fee", "c", TODAY, NOW)));
    AccountEntry payment = saved(AccountEntry.payment(1, 9, Money.of("125.00"), PaymentMethod.CASH, null, "P-000001", "c", TODAY, NOW, null,
        null));
    entries.add(payment);
    assertEquals(Money.of("875.00"), Account.of(entries).balance());

    entries.add(saved(payment.reverse("Counted twice", "c", TODAY, NOW)));
    Account account = Account.of(entries);
    assertEquals(Money.of("1000.00"), account.balance());
    assertTrue(account.isReversed(payment.getId()));
    assertEquals(Money.ZERO, account.totals().get(EntryType.PAYMENT));
  }

  @Test
  void a_reversal_cannot_be_reversed_and_needs_a_reason() throws Exception {
    AccountEntry charge = saved(AccountEntry.charge(1, 9, Money.of("10.00"), "Fee", "c", TODAY, NOW));
    assertThrows(InvalidInputException.class, () -> charge.reverse(" ", "c", TODAY, NOW));
    AccountEntry reversal = saved(charge.reverse("Wrong case", "c", TODAY, NOW));
    assertThrows(InvalidTransitionException.class, () -> reversal.reverse("again", "c", TODAY, NOW));
  }

  @Test
  void over_random_sequences_the_balance_is_charges_minus_payments_minus_waivers_plus_refunds_plus_adjustments() throws Exception {
    Random random = new Random(20261123);
    for (int run = 0; run < 300; run++) {
      List<AccountEntry> entries = new ArrayList<>();
      int steps = 1 + random.nextInt(40);
      for (int i = 0; i < steps; i++) {
        Money amount = new Money(BigDecimal.valueOf(1 + random.nextInt(200_000), 2));
        AccountEntry e = switch (random.nextInt(6)) {
          case 0 -> AccountEntry.charge(1, 9, amount, "Fee", "c", TODAY, NOW);
          case 1 -> AccountEntry.payment(1, 9, amount, PaymentMethod.values()[random.nextInt(4)], "R" + i, "P-" + i, "c", TODAY, NOW, null,
              null);
          case 2 -> AccountEntry.waiver(1, 9, amount, "Hardship", "a", TODAY, NOW);
          case 3 -> AccountEntry.refund(1, 9, amount, "Credit returned", "c", TODAY, NOW);
          case 4 -> AccountEntry.adjustment(1, 9, random.nextBoolean() ? amount : amount.negate(), "Correction", "c", TODAY, NOW);
          default -> null;
        };
        if (e == null) {
          Account now = Account.of(entries);
          List<AccountEntry> reversible = entries.stream()
              .filter(x -> x.getType() != EntryType.REVERSAL && !now.isReversed(x.getId())).toList();
          if (reversible.isEmpty()) {
            continue;
          }
          e = reversible.get(random.nextInt(reversible.size())).reverse("Mistake", "c", TODAY, NOW);
        }
        entries.add(saved(e));
      }
      Account account = Account.of(entries);
      Map<EntryType, Money> t = account.totals();
      Money formula = t.get(EntryType.CHARGE).minus(t.get(EntryType.PAYMENT)).minus(t.get(EntryType.WAIVER)).plus(t.get(EntryType.REFUND))
          .plus(t.get(EntryType.ADJUSTMENT));
      assertEquals(formula, account.balance(), "run " + run);
      assertFalse(t.containsKey(EntryType.REVERSAL));
    }
  }

  @Test
  void money_goes_back_only_as_far_as_it_came_in() throws Exception {
    List<AccountEntry> entries = new ArrayList<>();
    entries.add(saved(AccountEntry.charge(1, 9, Money.of("1000.00"), "Program fee", "c", TODAY, NOW)));
    AccountEntry payment = saved(AccountEntry.payment(1, 9, Money.of("14.00"), PaymentMethod.CASH, null, "P-1", "c", TODAY, NOW, null, null));
    entries.add(payment);
    entries.add(saved(AccountEntry.adjustment(1, 9, Money.of("-1500.00"), "Dismissed", "a", TODAY, NOW)));
    Account account = Account.of(entries);
    assertEquals(Money.of("-514.00"), account.balance(), "a credit of 514.00, of which 14.00 came in");
    assertEquals(Money.of("14.00"), account.received());
    assertEquals(Money.of("14.00"), account.refundable());
    assertThrows(InvalidTransitionException.class, () -> account.checkRefund(Money.of("14.01")));
    account.checkRefund(Money.of("14.00"));

    entries.add(saved(AccountEntry.refund(1, 9, Money.of("10.00"), "Back", "c", TODAY, NOW)));
    Account refunded = Account.of(entries);
    assertEquals(Money.of("4.00"), refunded.refundable());
    assertThrows(InvalidTransitionException.class, () -> refunded.checkVoid(payment), "its money was partly paid back");
  }

  @Test
  void a_payment_above_what_is_owed_needs_the_payers_choice_and_none_is_above_the_largest() throws Exception {
    Account account = Account.of(List.of(saved(AccountEntry.charge(1, 9, Money.of("100.00"), "Program fee", "c", TODAY, NOW))));
    Money largest = Money.of("10000.00");
    account.checkPayment(Money.of("100.00"), false, largest);
    InvalidInputException credit = assertThrows(InvalidInputException.class, () -> account.checkPayment(Money.of("100.01"), false, largest));
    assertEquals("allowCredit", credit.errors().get(0).field());
    account.checkPayment(Money.of("100.01"), true, largest);
    InvalidInputException huge = assertThrows(InvalidInputException.class, () -> account.checkPayment(Money.of("10000.01"), true, largest));
    assertEquals("amount", huge.errors().get(0).field());
  }

  @Test
  void an_adjustment_above_the_limit_or_into_a_credit_needs_an_admin() throws Exception {
    Account account = Account.of(List.of(saved(AccountEntry.charge(1, 9, Money.of("100.00"), "Program fee", "c", TODAY, NOW))));
    Money limit = Money.of("250.00");
    assertFalse(account.adjustmentNeedsAdmin(Money.of("-100.00"), limit), "down to zero");
    assertTrue(account.adjustmentNeedsAdmin(Money.of("-100.01"), limit), "into a credit");
    assertFalse(account.adjustmentNeedsAdmin(Money.of("250.00"), limit));
    assertTrue(account.adjustmentNeedsAdmin(Money.of("250.01"), limit), "above the limit, raising");
  }
}
