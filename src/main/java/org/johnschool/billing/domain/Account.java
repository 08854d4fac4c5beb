package org.johnschool.billing.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.InvalidTransitionException;
import org.johnschool.platform.Phrase;

/**
 * A case's account as its entries make it: the balance is the sum of their effects (charges − payments −
 * waivers + refunds ± adjustments, reversals undoing what they reverse). Positive: owed; negative: a credit.
 */
public final class Account {

  private final List<AccountEntry> entries;

  private Account(List<AccountEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static Account of(List<AccountEntry> entries) {
    return new Account(entries);
  }

  public Money balance() {
    return entries.stream().map(AccountEntry::getEffect).reduce(Money.ZERO, Money::plus);
  }

  /** Net totals by type, each reversal counted against the type it reverses. */
  public Map<EntryType, Money> totals() {
    Map<Long, EntryType> typeOf = entries.stream().filter(e -> e.getId() != null)
        .collect(Collectors.toMap(AccountEntry::getId, AccountEntry::getType));
    Map<EntryType, Money> totals = new EnumMap<>(EntryType.class);
    for (EntryType t : EntryType.values()) {
      totals.put(t, Money.ZERO);
    }
    for (AccountEntry e : entries) {
      EntryType t = e.getType() == EntryType.REVERSAL ? typeOf.getOrDefault(e.getReversesEntryId(), EntryType.REVERSAL) : e.getType();
      Money signed = e.getType() == EntryType.REVERSAL ? e.getAmount().negate() : e.getAmount();
      totals.put(t, totals.get(t).plus(t == EntryType.ADJUSTMENT ? e.getEffect() : signed));
    }
    totals.remove(EntryType.REVERSAL);
    return totals;
  }

  /** Whether an entry was already reversed (it can be reversed once). */
  public boolean isReversed(long entryId) {
    Set<Long> reversed = entries.stream().map(AccountEntry::getReversesEntryId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    return reversed.contains(entryId);
  }

  /** What the person paid in and kept paid: payments less voided payments less refunds. */
  public Money received() {
    Map<EntryType, Money> totals = totals();
    return totals.get(EntryType.PAYMENT).minus(totals.get(EntryType.REFUND));
  }

  /** The most a refund may pay back: the credit on the account, and never more than the person paid in. */
  public Money refundable() {
    Money credit = balance().negate();
    Money most = credit.compareTo(received()) < 0 ? credit : received();
    return most.isPositive() ? most : Money.ZERO;
  }

  /** Refuses a refund above {@link #refundable()} (a credit made by an adjustment is not money received). */
  public void checkRefund(Money amount) {
    if (amount.compareTo(refundable()) > 0) {
      throw new InvalidTransitionException(Phrase.of("payment.refund.tooLarge", refundable()));
    }
  }

  /**
   * Refuses a payment above the program's largest single payment, and one above what is owed unless the payer
   * chose to leave the rest as a credit ({@code allowCredit}).
   */
  public void checkPayment(Money amount, boolean allowCredit, Money largestPayment) {
    if (amount.compareTo(largestPayment) > 0) {
      throw new InvalidInputException("amount", Phrase.of("payment.aboveLargest", largestPayment));
    }
    Money owed = balance().isPositive() ? balance() : Money.ZERO;
    if (!allowCredit && amount.compareTo(owed) > 0) {
      throw new InvalidInputException("allowCredit", Phrase.of("payment.leavesCredit", amount.minus(owed), owed));
    }
  }

  /**
   * Whether an adjustment is beyond what a coordinator enters alone: above the program's limit either way, or one
   * that lowers the balance below zero (a credit).
   */
  public boolean adjustmentNeedsAdmin(Money effect, Money limit) {
    return effect.abs().compareTo(limit) > 0 || (effect.isNegative() && balance().plus(effect).isNegative());
  }

  /** Refuses voiding a payment twice, or one whose money was already paid back by a refund. */
  public void checkVoid(AccountEntry payment) {
    if (isReversed(payment.getId())) {
      throw new InvalidTransitionException(Phrase.of("payment.void.already", payment.getReceiptNumber()));
    }
    if (received().minus(payment.getAmount()).isNegative()) {
      throw new InvalidTransitionException(Phrase.of("payment.void.refunded", payment.getReceiptNumber()));
    }
  }

  public boolean owes() {
    return balance().isPositive();
  }

  public List<AccountEntry> entries() {
    return entries;
  }
}
