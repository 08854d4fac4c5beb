package org.johnschool.referral.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.referral.domain.PersonDetails;
import org.johnschool.referral.domain.Referral;
import org.johnschool.referral.domain.ReferralFilter;
import org.johnschool.referral.domain.ReferralSort;
import org.johnschool.referral.domain.ReferralStatus;
import org.johnschool.referral.domain.Referrals;

/** Referrals in PostgreSQL. The scope's program (and a clerk's court) is part of every query. */
@ApplicationScoped
public class JpaReferrals implements Referrals {

  @PersistenceContext EntityManager em;

  @Override
  public void add(Referral referral) {
    em.persist(referral);
  }

  @Override
  public Optional<Referral> find(long id, StaffScope scope) {
    StringBuilder jpql = new StringBuilder(
        "select r from Referral r join fetch r.person p join fetch r.court c where r.id = :id and r.program.id = :program");
    if (scope.isClerk()) {
      jpql.append(" and c.id = :court");
    }
    TypedQuery<Referral> q = em.createQuery(jpql.toString(), Referral.class)
        .setParameter("id", id)
        .setParameter("program", scope.programId());
    if (scope.isClerk()) {
      q.setParameter("court", scope.courtId());
    }
    return q.getResultStream().findFirst();
  }

  @Override
  public Map<String, Long> existingCaseNumbers(long courtId, Collection<String> caseNumbers) {
    Map<String, Long> taken = new HashMap<>();
    if (caseNumbers.isEmpty()) {
      return taken;
    }
    em.createQuery("select r.courtCaseNumber, r.id from Referral r where r.court.id = :court and r.courtCaseNumber in :numbers", Object[].class)
        .setParameter("court", courtId)
        .setParameter("numbers", caseNumbers)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultList()
        .forEach(row -> taken.put((String) row[0], (Long) row[1]));
    return taken;
  }

  @Override
  public List<ReferralStatus> earlierStatusesOfSamePerson(long programId, PersonDetails person) {
    StringBuilder jpql = new StringBuilder("select r.status from Referral r join r.person p where r.program.id = :program and (")
        .append("(lower(p.lastName) = :last and lower(p.firstName) = :first and p.dateOfBirth = :dob)");
    if (person.stateId() != null) {
      jpql.append(" or p.stateId = :stateId");
    }
    if (person.fbiNumber() != null) {
      jpql.append(" or p.fbiNumber = :fbi");
    }
    jpql.append(")");
    TypedQuery<ReferralStatus> q = em.createQuery(jpql.toString(), ReferralStatus.class)
        .setParameter("program", programId)
        .setParameter("last", person.lastName().toLowerCase(Locale.ROOT))
        .setParameter("first", person.firstName().toLowerCase(Locale.ROOT))
        .setParameter("dob", person.dateOfBirth())
        .setFlushMode(FlushModeType.COMMIT);
    if (person.stateId() != null) {
      q.setParameter("stateId", person.stateId());
    }
    if (person.fbiNumber() != null) {
      q.setParameter("fbi", person.fbiNumber());
    }
    return q.getResultList();
  }

  @Override
  public List<Referral> page(StaffScope scope, ReferralFilter filter, ReferralSort sort, boolean ascending, int first, int size) {
    ReferralSort by = sort == null ? ReferralSort.REFERRAL_DATE : sort;
    String order = " order by " + by.path + (ascending ? " asc" : " desc") + ", r.id desc";
    TypedQuery<Referral> q = em.createQuery(
        "select r from Referral r join fetch r.person p join fetch r.court c" + where(scope, filter) + order, Referral.class);
    bind(q, scope, filter);
    return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 200))).getResultList();
  }

  @Override
  public long count(StaffScope scope, ReferralFilter filter) {
    TypedQuery<Long> q = em.createQuery("select count(r) from Referral r join r.person p join r.court c" + where(scope, filter), Long.class);
    bind(q, scope, filter);
    return q.getSingleResult();
  }

  @Override
  public Map<ReferralStatus, Long> countByStatus(StaffScope scope) {
    TypedQuery<Object[]> q = em.createQuery(
        "select r.status, count(r) from Referral r join r.person p join r.court c" + where(scope, ReferralFilter.NONE) + " group by r.status",
        Object[].class);
    bind(q, scope, ReferralFilter.NONE);
    Map<ReferralStatus, Long> counts = new EnumMap<>(ReferralStatus.class);
    q.getResultList().forEach(row -> counts.put((ReferralStatus) row[0], (Long) row[1]));
    return counts;
  }

  @Override
  public long countReferredSince(StaffScope scope, LocalDate since) {
    ReferralFilter f = new ReferralFilter(null, null, since, null, null);
    return count(scope, f);
  }

  private static String where(StaffScope scope, ReferralFilter f) {
    StringBuilder w = new StringBuilder(" where r.program.id = :program");
    if (scope.isClerk()) {
      w.append(" and c.id = :court");
    }
    if (f.status() != null) {
      w.append(" and r.status = :status");
    }
    if (f.courtCode() != null) {
      w.append(" and c.code = :courtCode");
    }
    if (f.referredFrom() != null) {
      w.append(" and r.referralDate >= :from");
    }
    if (f.referredTo() != null) {
      w.append(" and r.referralDate <= :to");
    }
    if (f.name() != null && scope.seesIdentities()) {
      w.append(" and (lower(p.lastName) like :name or lower(p.firstName) like :name or lower(r.courtCaseNumber) like :name)");
    }
    return w.toString();
  }

  private static void bind(TypedQuery<?> q, StaffScope scope, ReferralFilter f) {
    q.setParameter("program", scope.programId());
    if (scope.isClerk()) {
      q.setParameter("court", scope.courtId());
    }
    if (f.status() != null) {
      q.setParameter("status", f.status());
    }
    if (f.courtCode() != null) {
      q.setParameter("courtCode", f.courtCode());
    }
    if (f.referredFrom() != null) {
      q.setParameter("from", f.referredFrom());
    }
    if (f.referredTo() != null) {
      q.setParameter("to", f.referredTo());
    }
    if (f.name() != null && scope.seesIdentities()) {
      q.setParameter("name", f.name().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
    }
  }
}
