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

  Optional<Referral> find(long id, StaffScope scope);

  /** Court case numbers of a court that are already taken, with the referral holding each. */
  Map<String, Long> existingCaseNumbers(long courtId, Collection<String> caseNumbers);

  /** Statuses of the program's earlier referrals of the same person (by state ID, FBI number, or names and birth date). */
  List<ReferralStatus> earlierStatusesOfSamePerson(long programId, PersonDetails person);

  List<Referral> page(StaffScope scope, ReferralFilter filter, ReferralSort sort, boolean ascending, int first, int size);

  long count(StaffScope scope, ReferralFilter filter);

  /** Counts by status within the scope (for dashboards). */
  Map<ReferralStatus, Long> countByStatus(StaffScope scope);

  long countReferredSince(StaffScope scope, LocalDate since);
}
