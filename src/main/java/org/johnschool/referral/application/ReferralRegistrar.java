package org.johnschool.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.johnschool.court.domain.Court;
import org.johnschool.identity.domain.StaffUser;
import org.johnschool.referral.domain.EligibilityPolicy;
import org.johnschool.referral.domain.Person;
import org.johnschool.referral.domain.Referral;
import org.johnschool.referral.domain.ReferralStatus;
import org.johnschool.referral.domain.Referrals;

/**
 * Stores one checked referral and screens it at once. Runs inside the caller's transaction (a form
 * or REST request, or a whole docket file), so a failure anywhere stores nothing.
 */
@ApplicationScoped
public class ReferralRegistrar {

  @Inject Referrals referrals;
  @Inject Clock clock;
  /** Rough totals for the import log line (diagnostics only). */
  volatile long lookupNanos;
  volatile long writeNanos;
  @PersistenceContext EntityManager em;

  public Referral register(Court court, ValidReferral valid, StaffUser referrer, EligibilityPolicy policy) {
    List<ReferralStatus> earlier = referrals.earlierStatusesOfSamePeople(court.getProgram().getId(), List.of(valid.person())).get(0);
    Referral referral = screened(court, valid, referrer, policy, earlier);
    referrals.add(referral);
    return referral;
  }

  /**
   * Stores a batch of a docket import under the import's one audit revision, looking up the people's
   * earlier referrals in one query and writing rows in bulk (see {@link Referrals#addAll}).
   */
  public List<Referral> registerAll(List<Court> courts, List<ValidReferral> valid, long referrerId, EligibilityPolicy policy,
      long auditRevision) {
    long t0 = System.nanoTime();
    List<List<ReferralStatus>> earlier = referrals.earlierStatusesOfSamePeople(courts.get(0).getProgram().getId(),
        valid.stream().map(ValidReferral::person).toList());
    lookupNanos += System.nanoTime() - t0;
    List<Referral> screened = new java.util.ArrayList<>(valid.size());
    StaffUser referrer = em.getReference(StaffUser.class, referrerId);
    for (int i = 0; i < valid.size(); i++) {
      screened.add(screened(courts.get(i), valid.get(i), referrer, policy, earlier.get(i)));
    }
    t0 = System.nanoTime();
    referrals.addAll(screened, auditRevision);
    writeNanos += System.nanoTime() - t0;
    return screened;
  }

  private Referral screened(Court court, ValidReferral valid, StaffUser referrer, EligibilityPolicy policy, List<ReferralStatus> earlier) {
    Person person = new Person(court.getProgram(), valid.person());
    Instant now = clock.instant();
    Referral referral = new Referral(court, person, valid.facts(), referrer, now);
    referral.screen(policy, referral.screeningFacts(earlier.size(), EligibilityPolicy.priorDiversions(earlier)), now);
    return referral;
  }

  /** Why the caller may not refer to this court (unknown, closed, or not a clerk's own), if so. */
  public static java.util.Optional<String> courtProblem(String code, Court court, org.johnschool.identity.application.StaffScope scope) {
    if (court == null) {
      return java.util.Optional.of("No court with code \"" + code + "\" in this program.");
    }
    if (!court.isActive()) {
      return java.util.Optional.of("Court " + court.getCode() + " no longer takes referrals.");
    }
    if (!scope.mayUseCourt(court.getId())) {
      return java.util.Optional.of("You may refer cases only to your own court.");
    }
    return java.util.Optional.empty();
  }

  public long lookupNanos() {
    return lookupNanos;
  }

  public long writeNanos() {
    return writeNanos;
  }

  public EligibilityPolicy policyOf(long programId) {
    return em.createQuery("select p from EligibilityPolicy p where p.program.id = :p", EligibilityPolicy.class)
        .setParameter("p", programId)
        .getSingleResult();
  }
}
