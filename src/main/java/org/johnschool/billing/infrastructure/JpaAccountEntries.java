package org.johnschool.billing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.johnschool.billing.domain.AccountEntries;
import org.johnschool.billing.domain.AccountEntry;

/** The ledger in PostgreSQL: append-only (a trigger refuses updates and deletes), a counter row per program for receipts. */
@ApplicationScoped
public class JpaAccountEntries implements AccountEntries {

  @PersistenceContext EntityManager em;
  @jakarta.inject.Inject org.johnschool.identity.infrastructure.RequestOrigin origin;

  @Override
  public void add(AccountEntry entry) {
    entry.enteredFrom(address());
    em.persist(entry);
  }

  private String address() {
    try {
      return origin.getAddress();
    } catch (jakarta.enterprise.context.ContextNotActiveException e) {
      return null; // no request: a scheduled job
    }
  }

  @Override
  public void lockAccount(long programId, long referralId) {
    // The case's row stands for its account; "no key update" leaves foreign keys to the case (entries) unblocked.
    em.createNativeQuery("select id from referral where id = ?1 and program_id = ?2 for no key update")
        .setParameter(1, referralId).setParameter(2, programId).getResultList();
  }

  @Override
  public List<AccountEntry> ofCase(long programId, long referralId) {
    return em.createQuery("select e from AccountEntry e where e.programId = :p and e.referralId = :r order by e.id", AccountEntry.class)
        .setParameter("p", programId).setParameter("r", referralId).getResultList();
  }

  @Override
  public Optional<AccountEntry> find(long programId, long entryId) {
    return em.createQuery("select e from AccountEntry e where e.programId = :p and e.id = :id", AccountEntry.class)
        .setParameter("p", programId).setParameter("id", entryId).getResultStream().findFirst();
  }

  @Override
  public Optional<AccountEntry> byIdempotencyKey(long programId, String key) {
    return em.createQuery("select e from AccountEntry e where e.programId = :p and e.idempotencyKey = :k", AccountEntry.class)
        .setParameter("p", programId).setParameter("k", key).getResultStream().findFirst();
  }

  @Override
  public void holdKey(long programId, String key) {
    em.createNativeQuery("select count(*) from pg_advisory_xact_lock(cast(?1 as integer), hashtext(?2))")
        .setParameter(1, (int) programId).setParameter(2, key).getSingleResult();
  }

  @Override
  public long nextReceiptNumber(long programId) {
    em.createNativeQuery("insert into receipt_counter (program_id) values (?1) on conflict do nothing").setParameter(1, programId).executeUpdate();
    Number n = (Number) em.createNativeQuery(
            "update receipt_counter set next_number = next_number + 1 where program_id = ?1 returning next_number - 1")
        .setParameter(1, programId).getSingleResult();
    return n.longValue();
  }
}
