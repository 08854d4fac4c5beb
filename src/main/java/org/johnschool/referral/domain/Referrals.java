package org.johnschool.referral.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.johnschool.identity.application.StaffScope;

/** The stored referrals; every read takes the caller's scope (program, and court for a clerk). */
public interface Referrals {

  void add(Referral referral);

  /**
   * Stores new referrals in bulk (a docket import's screened referrals, a historical import's closed cases): the rows
   * and their audit rows, all under the given audit revision. Memory stays flat however many batches a transaction
   * writes (Envers would hold every change until commit).
   */
  void addAll(List<Referral> referrals, long auditRevision);

  /**
   * Readies the current transaction for adding many referrals (a docket file): the planner's
   * statistics cannot see rows this transaction inserts, so lookups must not rely on them.
   */
  void prepareForBulkIntake();

  Optional<Referral> find(long id, StaffScope scope);

  /** The referral, locked until the transaction ends (enrollment changes of one case go one at a time). */
  Optional<Referral> findForUpdate(long id, StaffScope scope);

  /** The enrollment facts of the referrals with these ids that the scope may see (one query, no entities). */
  List<CaseFacts> caseFacts(Collection<Long> ids, StaffScope scope);

  /** Whether one case is within the caller's scope (program; a clerk's court). */
  boolean isVisible(long id, StaffScope scope);

  /** The referrals with these ids that the scope may see (with person and court). */
  List<Referral> findAll(Collection<Long> ids, StaffScope scope);

  /** Court case numbers of a court that are already taken, with the referral holding each. */
  Map<String, Long> existingCaseNumbers(long courtId, Collection<String> caseNumbers);

  /**
   * For each person, the statuses of the program's earlier referrals of the same person (same state
   * ID, FBI number, or names and birth date); one list per person, in the order given.
   */
  List<List<ReferralStatus>> earlierStatusesOfSamePeople(long programId, List<PersonDetails> people);

  List<Referral> page(StaffScope scope, ReferralFilter filter, ReferralSort sort, boolean ascending, int first, int size);

  long count(StaffScope scope, ReferralFilter filter);

  /** Counts by status within the scope (for dashboards). */
  Map<ReferralStatus, Long> countByStatus(StaffScope scope);

  long countReferredSince(StaffScope scope, LocalDate since);

  /** Opens the one audit revision (who, when, from where) of a bulk write of cases; its id, for {@link #addAll}. */
  long openBulkRevision(String username, String sourceAddress);
}
