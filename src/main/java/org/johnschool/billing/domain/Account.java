package org.johnschool.billing.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

  public boolean owes() {
    return balance().isPositive();
  }

  public List<AccountEntry> entries() {
    return entries;
  }
}
