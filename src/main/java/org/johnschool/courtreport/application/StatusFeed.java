package org.johnschool.courtreport.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.johnschool.platform.SqlValues;
import org.johnschool.court.application.CourtDirectory;
import org.johnschool.court.domain.Court;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.NotFoundException;

/**
 * Every status change and disposition of one court's cases, in the order they happened. Clerks see only
 * their own court. A poller passes the previous answer's {@code asOf} as {@code since}: asOf lies before
 * the start of every transaction still running, so a change committed later is never skipped (a change
 * may come twice; its {@code id} tells).
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class StatusFeed {

  /** Margin for the moment a change is stamped before its transaction's first statement. */
  private static final Duration MARGIN = Duration.ofSeconds(5);
  static final int MAX = 5000;

  @PersistenceContext EntityManager em;
  @Inject CourtDirectory courts;

  public record Change(long id, long referralId, String courtCaseNumber, String kind, String from, String to, String reason,
      Instant changedAt) implements java.io.Serializable {}

  public record Feed(String court, Instant since, Instant asOf, boolean more, List<Change> changes) {}

  public Feed since(StaffScope scope, String courtCode, Instant since, Integer limit) {
    Court court = court(scope, courtCode);
    if (since == null) {
      throw new InvalidInputException("since", "Give the time to list changes after (e.g. 2026-11-16T00:00:00Z or 2026-11-16).");
    }
    int max = limit == null ? 1000 : limit;
    if (max < 1 || max > MAX) {
      throw new InvalidInputException("limit", "Ask for 1 to " + MAX + " changes at a time.");
    }
    Instant asOf = settledBefore();
    List<Change> rows = query(court.getId(), since, null, max + 1);
    boolean more = rows.size() > max;
    if (more) {
      rows = new ArrayList<>(rows.subList(0, max));
      // Never split changes stamped at the same instant across two answers.
      Instant last = rows.get(rows.size() - 1).changedAt();
      List<Change> whole = rows.stream().filter(c -> c.changedAt().isBefore(last)).toList();
      if (!whole.isEmpty()) {
        rows = whole;
      }
      Instant lastReturned = rows.get(rows.size() - 1).changedAt();
      asOf = lastReturned.isBefore(asOf) ? lastReturned : asOf;
    }
    return new Feed(court.getCode(), since, asOf, more, rows);
  }

  /** The changes of a court from one instant (inclusive) to another (exclusive): the weekly report's lines. */
  public List<Change> between(StaffScope scope, String courtCode, Instant from, Instant to) {
    Court court = court(scope, courtCode);
    return query(court.getId(), from.minusNanos(1000), to, MAX * 20);
  }

  /** The court, when the caller may read its feed (a clerk only their own). */
  public Court court(StaffScope scope, String courtCode) {
    Court court = courts.findByCode(courtCode == null ? "" : courtCode.trim().toUpperCase(java.util.Locale.ROOT), scope.programId())
        .filter(c -> scope.mayUseCourt(c.getId()))
        .orElseThrow(() -> new NotFoundException("No court " + courtCode + " is visible to you."));
    return court;
  }

  private List<Change> query(long courtId, Instant after, Instant before, int max) {
    StringBuilder sql = new StringBuilder("select c.id, c.referral_id, r.court_case_number, c.kind, c.from_status, c.to_status, c.reason, "
        + "c.changed_at from referral_status_change c join referral r on r.id = c.referral_id where c.court_id = ?1 and c.changed_at > ?2");
    if (before != null) {
      sql.append(" and c.changed_at < ?3");
    }
    sql.append(" order by c.changed_at, c.id");
    var q = em.createNativeQuery(sql.toString()).setParameter(1, courtId).setParameter(2, Timestamp.from(after)).setMaxResults(max);
    if (before != null) {
      q.setParameter(3, Timestamp.from(before));
    }
    List<Change> changes = new ArrayList<>();
    for (Object o : q.getResultList()) {
      Object[] row = (Object[]) o;
      changes.add(new Change(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2], (String) row[3], (String) row[4],
          (String) row[5], (String) row[6], SqlValues.instant(row[7])));
    }
    return changes;
  }

  /** Before the start of every other running transaction (and now), less a margin. */
  private Instant settledBefore() {
    Object oldest = em.createNativeQuery("select least(clock_timestamp(), coalesce(min(xact_start), clock_timestamp())) from pg_stat_activity "
        + "where datname = current_database() and xact_start is not null and pid <> pg_backend_pid()").getSingleResult();
    return SqlValues.instant(oldest).minus(MARGIN);
  }
}
