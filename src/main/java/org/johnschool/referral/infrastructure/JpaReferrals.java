package org.johnschool.referral.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import org.hibernate.Session;
import java.time.Clock;
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
import org.postgresql.PGStatement;

/** Referrals in PostgreSQL. The scope's program (and a clerk's court) is part of every query. */
@ApplicationScoped
public class JpaReferrals implements Referrals {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Override
  public void add(Referral referral) {
    em.persist(referral);
  }

  @Override
  public void addAll(List<Referral> referrals, long auditRevision) {
    if (!referrals.isEmpty()) {
      em.unwrap(Session.class).doWork(connection -> new BulkReferralWriter(connection, clock.instant()).write(referrals, auditRevision));
    }
  }

  /**
   * Within one large import transaction the tables grow by thousands of rows that PostgreSQL's
   * statistics do not show, so it would plan the duplicate and history lookups as table scans and the
   * import would slow down quadratically. SET LOCAL keeps index plans for this transaction only. Each
   * batch lookup is also planned for its own values ({@link #plannedForItsValues}); forcing custom plans
   * for the whole transaction instead (plan_cache_mode) made PostgreSQL plan again each of the import's
   * 2.5 million foreign-key checks, about a third of its time.
   */
  @Override
  public void prepareForBulkIntake() {
    em.unwrap(Session.class).doWork(connection -> {
      try (java.sql.Statement statement = connection.createStatement()) {
        statement.execute("set local enable_seqscan = off");
      }
    });
  }

  /**
   * A lookup of many values (an import's batch) is sent unprepared, so PostgreSQL plans it for these
   * values rather than reusing a plan made for other ones; a one-value lookup (one referral) keeps its
   * prepared plan.
   */
  private static PreparedStatement plannedForItsValues(PreparedStatement ps, int values) throws SQLException {
    if (values > 1) {
      ps.unwrap(PGStatement.class).setPrepareThreshold(0);
    }
    return ps;
  }

  @Override
  public Optional<Referral> find(long id, StaffScope scope) {
    // By key with the person and court joined in: a case read earlier in the same transaction comes from the
    // persistence context without a second query (a case page's completion part reads its case several times).
    EntityGraph<Referral> graph = em.createEntityGraph(Referral.class);
    graph.addAttributeNodes("person", "court");
    Referral r = em.find(Referral.class, id, Map.of("jakarta.persistence.fetchgraph", graph));
    boolean inScope = r != null && r.getProgram().getId() == scope.programId()
        && (!scope.isClerk() || r.getCourt().getId().equals(scope.courtId()));
    return inScope ? Optional.of(r) : Optional.empty();
  }

  @Override
  public Optional<Referral> findForUpdate(long id, StaffScope scope) {
    Optional<Referral> found = find(id, scope);
    found.ifPresent(r -> em.lock(r, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    return found;
  }

  @Override
  public List<org.johnschool.referral.domain.CaseFacts> caseFacts(Collection<Long> ids, StaffScope scope) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String jpql = "select new org.johnschool.referral.domain.CaseFacts(r.id, r.status, r.deadline, p.preferredLanguage, r.courtCaseNumber, "
        + "p.firstName, p.middleName, p.lastName, p.email, r.sealedAt) from Referral r join r.person p where r.id in :ids and r.program.id = :program"
        + (scope.isClerk() ? " and r.court.id = :court" : "");
    TypedQuery<org.johnschool.referral.domain.CaseFacts> q = em.createQuery(jpql, org.johnschool.referral.domain.CaseFacts.class)
        .setParameter("ids", ids).setParameter("program", scope.programId());
    if (scope.isClerk()) {
      q.setParameter("court", scope.courtId());
    }
    return q.getResultList();
  }

  /**
   * One id, so one query text that Hibernate translates once and keeps: a case page checks visibility in each of its
   * parts, and the list form ({@link #caseFacts}) was translated afresh at every call (an in-list's size varies).
   */
  @Override
  public boolean isVisible(long id, StaffScope scope) {
    TypedQuery<Long> q = em.createQuery("select r.id from Referral r where r.id = :id and r.program.id = :program"
        + (scope.isClerk() ? " and r.court.id = :court" : ""), Long.class)
        .setParameter("id", id).setParameter("program", scope.programId());
    if (scope.isClerk()) {
      q.setParameter("court", scope.courtId());
    }
    return !q.getResultList().isEmpty();
  }

  @Override
  public List<Referral> findAll(Collection<Long> ids, StaffScope scope) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String jpql = "select r from Referral r join fetch r.person p join fetch r.court c where r.id in :ids and r.program.id = :program"
        + (scope.isClerk() ? " and c.id = :court" : "");
    TypedQuery<Referral> q = em.createQuery(jpql, Referral.class).setParameter("ids", ids).setParameter("program", scope.programId());
    if (scope.isClerk()) {
      q.setParameter("court", scope.courtId());
    }
    return q.getResultList();
  }

  @Override
  public Map<String, Long> existingCaseNumbers(long courtId, Collection<String> caseNumbers) {
    Map<String, Long> taken = new HashMap<>();
    if (caseNumbers.isEmpty()) {
      return taken;
    }
    em.unwrap(Session.class).doWork(connection -> {
      try (PreparedStatement ps = plannedForItsValues(connection.prepareStatement(
          "select court_case_number, id from referral where court_id = ? and court_case_number = any(?)"), caseNumbers.size())) {
        ps.setLong(1, courtId);
        ps.setArray(2, connection.createArrayOf("text", caseNumbers.toArray()));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            taken.put(rs.getString(1), rs.getLong(2));
          }
        }
      }
    });
    return taken;
  }

  /**
   * One query for a whole batch of people: each way of matching (names and birth date, state ID, FBI
   * number) joins on its own index, so the cost stays flat as the tables grow.
   */
  @Override
  public List<List<ReferralStatus>> earlierStatusesOfSamePeople(long programId, List<PersonDetails> people) {
    List<List<ReferralStatus>> result = new ArrayList<>();
    people.forEach(p -> result.add(new ArrayList<>()));
    if (people.isEmpty()) {
      return result;
    }
    em.unwrap(Session.class).doWork(connection -> {
      Integer[] index = new Integer[people.size()];
      String[] last = new String[people.size()];
      String[] first = new String[people.size()];
      java.sql.Date[] dob = new java.sql.Date[people.size()];
      String[] stateId = new String[people.size()];
      String[] fbi = new String[people.size()];
      for (int i = 0; i < people.size(); i++) {
        PersonDetails p = people.get(i);
        index[i] = i;
        last[i] = p.lastName().toLowerCase(Locale.ROOT);
        first[i] = p.firstName().toLowerCase(Locale.ROOT);
        dob[i] = java.sql.Date.valueOf(p.dateOfBirth());
        stateId[i] = p.stateId();
        fbi[i] = p.fbiNumber();
      }
      String sql = """
          with q(i, last_name, first_name, dob, state_id, fbi) as (
            select * from unnest(?::int[], ?::text[], ?::text[], ?::date[], ?::text[], ?::text[]))
          select distinct m.i, r.id, r.status from (
            select q.i, p.id as person_id from q join person p
              on lower(p.last_name) = q.last_name and lower(p.first_name) = q.first_name and p.date_of_birth = q.dob
            union
            select q.i, p.id from q join person p on p.state_id = q.state_id
            union
            select q.i, p.id from q join person p on p.fbi_number = q.fbi) m
          join referral r on r.person_id = m.person_id
          where r.program_id = ?
          """;
      try (PreparedStatement ps = plannedForItsValues(connection.prepareStatement(sql), people.size())) {
        ps.setArray(1, connection.createArrayOf("int4", index));
        ps.setArray(2, connection.createArrayOf("text", last));
        ps.setArray(3, connection.createArrayOf("text", first));
        ps.setArray(4, connection.createArrayOf("date", dob));
        ps.setArray(5, connection.createArrayOf("text", stateId));
        ps.setArray(6, connection.createArrayOf("text", fbi));
        ps.setLong(7, programId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            result.get(rs.getInt(1)).add(ReferralStatus.valueOf(rs.getString(3)));
          }
        }
      }
    });
    return result;
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
    TypedQuery<Long> q = em.createQuery("select count(r) from Referral r" + joinsFor(filter) + where(scope, filter), Long.class);
    bind(q, scope, filter);
    return q.getSingleResult();
  }

  @Override
  public Map<ReferralStatus, Long> countByStatus(StaffScope scope) {
    TypedQuery<Object[]> q = em.createQuery(
        "select r.status, count(r) from Referral r" + joinsFor(ReferralFilter.NONE) + where(scope, ReferralFilter.NONE) + " group by r.status",
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

  /**
   * The joins a count needs: the court only to filter by its code (a name search has its own subquery). Counting a
   * program's 20,000 cases joined to both took 100–200 ms on the generated data; without the joins the count is an
   * index-only scan.
   */
  private static String joinsFor(ReferralFilter f) {
    return f.courtCode() != null ? " join r.court c" : "";
  }

  private static String where(StaffScope scope, ReferralFilter f) {
    StringBuilder w = new StringBuilder(" where r.program.id = :program");
    if (scope.isClerk()) {
      w.append(" and r.court.id = :court");
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
    if (scope.seesIdentities()) {
      // Every word of the search is found in the person's first or last name or in the case number; sealed cases by
      // case number only, never by the person's name. Per word one list of ids from two searches within the program
      // (V20, V21: the program's lower-case names and case numbers, read in the index's range of the program and
      // tested there for the part typed), then those cases: an "or" of the two conditions instead made PostgreSQL read
      // every case of the program to test its case number (20,000 scattered rows: 70 ms warm, 1.5 s from disk).
      for (int i = 0; i < f.nameWords().size(); i++) {
        w.append(" and r.id in (select n.id from Referral n join n.person np where np.program.id = :program and n.program.id = :program"
            + " and n.sealedAt is null and (lower(np.lastName) like :word" + i + " escape '\\' or lower(np.firstName) like :word" + i
            + " escape '\\') union select m.id from Referral m where m.program.id = :program and lower(m.courtCaseNumber) like :word" + i
            + " escape '\\')");
      }
    }
    return w.toString();
  }

  /** A typed word as itself inside a LIKE pattern: its % and _ match only themselves. */
  static String literal(String word) {
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
    if (scope.seesIdentities()) {
      List<String> words = f.nameWords();
      for (int i = 0; i < words.size(); i++) {
        q.setParameter("word" + i, "%" + literal(words.get(i)) + "%");
      }
    }
  }

  @Override
  public long openBulkRevision(String username, String sourceAddress) {
    org.johnschool.identity.domain.AuditRevision r = org.johnschool.identity.domain.AuditRevision.forBulkWork(username, sourceAddress);
    em.persist(r);
    em.flush();
    return r.getId();
  }
}
