package org.johnschool.linkage.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.hibernate.Session;
import org.johnschool.platform.SqlValues;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.linkage.domain.LinkIdentity;
import org.johnschool.linkage.domain.LinkScorer;
import org.johnschool.linkage.domain.LinkThresholds;
import org.johnschool.linkage.domain.LinkThresholds.Decision;
import org.johnschool.linkage.domain.Nicknames;
import org.johnschool.linkage.domain.PersonIndex;
import org.johnschool.platform.CopyRows;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Runs record linkage for a program: indexes its persons (with aliases; persons of sealed cases are left out),
 * streams every arrest record past the index and writes the links in bulk. A new run replaces the automatic links
 * and the pairs still waiting for review; decisions people made stay (a confirmed record is not linked again, a
 * rejected pair is not proposed again). The run itself is the audit record of the automatic links.
 */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class RecordLinkage {

  private static final Logger LOG = Logger.getLogger(RecordLinkage.class.getName());
  private static final int FETCH = 5000;
  private static final int FLUSH = 10_000;
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public LinkageRun run(StaffScope scope, LinkThresholds thresholds) {
    return run(scope, thresholds, n -> { });
  }

  /** How many arrest records a run will read (for its progress). */
  public long recordCount(StaffScope scope) {
    return ((Number) em.createNativeQuery("select count(*) from arrest_record where program_id = ?1").setParameter(1, scope.programId())
        .getSingleResult()).longValue();
  }

  /** A run that reports how many records it has read so far (every 10,000) to {@code progress}. */
  @org.jboss.ejb3.annotation.TransactionTimeout(value = 3600)
  public LinkageRun run(StaffScope scope, LinkThresholds thresholds, java.util.function.LongConsumer progress) {
    long started = System.nanoTime();
    Instant startedAt = clock.instant();
    long runId = ((Number) em.createNativeQuery("select nextval('linkage_run_seq')").getSingleResult()).longValue();
    em.createNativeQuery("insert into linkage_run (id, program_id, started_by, started_at, upper_threshold, lower_threshold) "
            + "values (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, runId).setParameter(2, scope.programId()).setParameter(3, scope.username())
        .setParameter(4, Timestamp.from(startedAt)).setParameter(5, thresholds.upper()).setParameter(6, thresholds.lower()).executeUpdate();
    Counts counts = new Counts();
    em.unwrap(Session.class).doWork(c -> link(c, scope.programId(), runId, thresholds, counts, progress));
    long millis = (System.nanoTime() - started) / 1_000_000;
    Instant finishedAt = clock.instant();
    em.createNativeQuery("update linkage_run set finished_at = ?1, persons = ?2, records = ?3, comparisons = ?4, linked = ?5, to_review = ?6 "
            + "where id = ?7")
        .setParameter(1, Timestamp.from(finishedAt)).setParameter(2, counts.persons).setParameter(3, counts.records)
        .setParameter(4, counts.comparisons).setParameter(5, counts.linked).setParameter(6, counts.review).setParameter(7, runId).executeUpdate();
    LOG.info(() -> "Linkage run " + runId + ": " + counts.persons + " persons, " + counts.records + " records, " + counts.comparisons
        + " pairs scored, " + counts.linked + " linked, " + counts.review + " to review in " + millis + " ms (index "
        + counts.indexMillis + " ms)");
    return new LinkageRun(runId, scope.username(), startedAt, finishedAt, thresholds.upper(), thresholds.lower(), counts.persons,
        counts.records, counts.comparisons, counts.linked, counts.review, millis);
  }

  /** The program's runs, newest first. */
  public List<LinkageRun> runs(StaffScope scope, int limit) {
    List<LinkageRun> runs = new ArrayList<>();
    for (Object o : em.createNativeQuery("select id, started_by, started_at, finished_at, upper_threshold, lower_threshold, persons, records, "
            + "comparisons, linked, to_review from linkage_run where program_id = ?1 order by started_at desc, id desc")
        .setParameter(1, scope.programId()).setMaxResults(limit).getResultList()) {
      Object[] r = (Object[]) o;
      Instant start = SqlValues.instant(r[2]);
      Instant end = SqlValues.instant(r[3]);
      runs.add(new LinkageRun(((Number) r[0]).longValue(), (String) r[1], start, end, ((Number) r[4]).doubleValue(),
          ((Number) r[5]).doubleValue(), ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), ((Number) r[8]).longValue(),
          ((Number) r[9]).intValue(), ((Number) r[10]).intValue(), end == null ? 0 : end.toEpochMilli() - start.toEpochMilli()));
    }
    return runs;
  }

  private static final class Counts {
    int persons;
    int records;
    long comparisons;
    int linked;
    int review;
    long indexMillis;
  }

  private void link(Connection c, long programId, long runId, LinkThresholds thresholds, Counts counts, java.util.function.LongConsumer progress)
      throws SQLException {
    try (PreparedStatement clear = c.prepareStatement("delete from arrest_link where program_id = ? and state in ('LINKED', 'REVIEW')")) {
      clear.setLong(1, programId);
      clear.executeUpdate();
    }
    Set<Long> confirmed = new HashSet<>();
    Map<Long, Set<Long>> rejected = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("select arrest_record_id, person_id, state from arrest_link where program_id = ?")) {
      ps.setLong(1, programId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if ("CONFIRMED".equals(rs.getString(3))) {
            confirmed.add(rs.getLong(1));
          } else {
            rejected.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
          }
        }
      }
    }
    long t0 = System.nanoTime();
    PersonIndex index = new PersonIndex(new LinkScorer(Nicknames.standard()), thresholds);
    counts.persons = indexPersons(c, programId, index);
    counts.indexMillis = (System.nanoTime() - t0) / 1_000_000;

    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    CopyRows links = new CopyRows("arrest_link (program_id, arrest_record_id, person_id, method, score, evidence, state, ambiguous, run_id,"
        + " version, created_at, modified_at)");
    String stamp = clock.instant().toString();
    try (PreparedStatement ps = c.prepareStatement("select id, first_name, last_name, date_of_birth, sex, state_id, fbi_number "
        + "from arrest_record where program_id = ?")) {
      ps.setFetchSize(FETCH);
      ps.setLong(1, programId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts.records++;
          if (counts.records % FLUSH == 0) {
            progress.accept(counts.records);
          }
          long recordId = rs.getLong(1);
          if (confirmed.contains(recordId)) {
            continue;
          }
          LinkIdentity record = LinkIdentity.of(recordId, rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5),
              rs.getString(6), rs.getString(7));
          var match = index.bestFor(record, rejected.getOrDefault(recordId, Set.of()));
          if (match.isEmpty()) {
            continue;
          }
          var m = match.get();
          boolean linked = m.decision() == Decision.LINK;
          if (linked) {
            counts.linked++;
          } else {
            counts.review++;
          }
          links.row(programId, recordId, m.person().id(), m.evidence().method().name(), m.evidence().score(), JSON.toJson(m.evidence()),
              linked ? "LINKED" : "REVIEW", m.ambiguous(), runId, 0, stamp, stamp);
          if (links.count() >= FLUSH) {
            links.send(copy);
          }
        }
      }
    }
    links.send(copy);
    counts.comparisons = index.comparisons();
  }

  private static int indexPersons(Connection c, long programId, PersonIndex index) throws SQLException {
    Map<Long, List<String[]>> aliases = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("select a.person_id, a.first_name, a.last_name from person_alias a "
        + "join person p on p.id = a.person_id where p.program_id = ?")) {
      ps.setFetchSize(FETCH);
      ps.setLong(1, programId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new String[] {rs.getString(2), rs.getString(3)});
        }
      }
    }
    int persons = 0;
    try (PreparedStatement ps = c.prepareStatement("select p.id, p.first_name, p.last_name, p.date_of_birth, p.sex, p.state_id, p.fbi_number "
        + "from person p where p.program_id = ? "
        + "and not exists (select 1 from referral r where r.person_id = p.id and r.sealed_at is not null)")) {
      ps.setFetchSize(FETCH);
      ps.setLong(1, programId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          LinkIdentity p = LinkIdentity.of(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5),
              rs.getString(6), rs.getString(7));
          List<String[]> theirs = aliases.get(p.id());
          index.add(theirs == null ? p : p.withAliases(theirs));
          persons++;
        }
      }
    }
    return persons;
  }
}
