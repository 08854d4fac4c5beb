package org.johnschool.billing.domain;

import java.util.List;
import java.util.Optional;

/** The ledger: entries are only ever added. */
public interface AccountEntries {

  void add(AccountEntry entry);

  /**
   * Holds the case's account until the transaction ends (and waits for anyone holding it): every money operation
   * takes it before it reads the balance its limit is checked against, so two requests never both pass one limit.
   */
  void lockAccount(long programId, long referralId);

  /** A case's entries in the order they were written. */
  List<AccountEntry> ofCase(long programId, long referralId);

  Optional<AccountEntry> find(long programId, long entryId);

  Optional<AccountEntry> byIdempotencyKey(long programId, String key);

  /** Holds the idempotency key (and waits for anyone holding it) until the transaction ends. */
  void holdKey(long programId, String key);

  /** The next receipt number of the program; gapless, because it moves in the caller's transaction. */
  long nextReceiptNumber(long programId);
}
