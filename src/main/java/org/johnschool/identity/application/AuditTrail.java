package org.johnschool.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.johnschool.platform.SqlValues;
import org.johnschool.platform.Phrase;
import org.johnschool.identity.domain.Role;
import org.johnschool.identity.domain.SecurityEvent;
import org.johnschool.identity.domain.SecurityEvent.Outcome;
import org.johnschool.identity.domain.SecurityEvent.Type;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.InvalidInputException;

/**
 * Admins search the program's audit trail: security events (sign-ins, failures, exports, readings of
 * sealed records, ...) and data changes (Envers revisions: who, when, from where, which kinds of
 * records). Read-only: the trail has no way to be changed through the application, and the database
 * refuses updates and deletes. Every search is itself recorded (AUDIT_READ).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AuditTrail {

  public static final int MAX_SIZE = 200;

  @PersistenceContext EntityManager em;
  @Inject SecurityLog log;

  /** What to look for; every part optional. Dates are whole days in the server's zone, both ends included. */
  public record Filter(String username, String type, String outcome, LocalDate from, LocalDate to) implements java.io.Serializable {}

  /** One security event with its six AU-3 fields and what it concerned. */
  public record EventLine(long id, Instant occurredAt, String type, String outcome, String username, String sourceAddress, String node,
      String subject, String detail) implements java.io.Serializable {}

  /** One data change: a revision, who made it, from where, and the kinds of records it touched. */
  public record ChangeLine(long revision, Instant at, String username, String sourceAddress, List<String> records) implements java.io.Serializable {
    /** For the page: the kinds of records, comma-separated. */
    public String recordList() {
      return String.join(", ", records);
    }
  }

  /** A page of answers. */
  public record Page<T>(List<T> items, int page, int size, long total) {}

  public Page<EventLine> events(StaffScope scope, Filter filter, int page, int size) {
    check(filter, page, size);
    Where where = eventsWhere(scope, filter);
    long total = eventCount(scope, filter);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = where.bind(em.createNativeQuery("select e.id, e.occurred_at, e.event_type, e.outcome, e.username, e.source_address,"
        + " e.node, e.subject, e.detail from security_event e" + where.sql + " order by e.occurred_at desc, e.id desc"))
        .setFirstResult(page * size).setMaxResults(size).getResultList();
    List<EventLine> items = rows.stream().map(r -> new EventLine(((Number) r[0]).longValue(), SqlValues.instant(r[1]), (String) r[2], (String) r[3],
        (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8])).toList();
    log.record(Type.AUDIT_READ, scope.username(), Outcome.SUCCESS, null, describe("security events", filter, page), "audit trail");
    return new Page<>(items, page, size, total);
  }

  /** How many events match (a number only, so not itself recorded; the page asks it before each page of lines). */
  public long eventCount(StaffScope scope, Filter filter) {
    check(filter, 0, 1);
    Where where = eventsWhere(scope, filter);
    return ((Number) where.bind(em.createNativeQuery("select count(*) from security_event e" + where.sql)).getSingleResult()).longValue();
  }

  public long changeCount(StaffScope scope, Filter filter) {
    check(filter, 0, 1);
    Where where = changesWhere(scope, filter);
    return ((Number) where.bind(em.createNativeQuery("select count(*) from audit_revision r" + where.sql)).getSingleResult()).longValue();
  }

  public Page<ChangeLine> changes(StaffScope scope, Filter filter, int page, int size) {
    check(filter, page, size);
    Where where = changesWhere(scope, filter);
    long total = changeCount(scope, filter);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = where.bind(em.createNativeQuery("select r.id, r.revision_time, r.username, r.source_address,"
        + " (select string_agg(x.entity_name, ',' order by x.entity_name) from audit_revision_entity x where x.rev = r.id)"
        + " from audit_revision r" + where.sql + " order by r.revision_time desc, r.id desc"))
        .setFirstResult(page * size).setMaxResults(size).getResultList();
    List<ChangeLine> items = rows.stream().map(r -> new ChangeLine(((Number) r[0]).longValue(), SqlValues.instant(r[1]), (String) r[2], (String) r[3],
        r[4] == null ? List.of() : Arrays.stream(((String) r[4]).split(",")).map(AuditTrail::shortName).toList())).toList();
    log.record(Type.AUDIT_READ, scope.username(), Outcome.SUCCESS, null, describe("data changes", filter, page), "audit trail");
    return new Page<>(items, page, size, total);
  }

  public static List<String> eventTypes() {
    return Arrays.stream(SecurityEvent.Type.values()).map(Enum::name).toList();
  }

  private Where changesWhere(StaffScope scope, Filter filter) {
    if ((filter.type() != null && !filter.type().isBlank()) || (filter.outcome() != null && !filter.outcome().isBlank())) {
      throw new InvalidInputException("type", Phrase.of("audit.changes.noType"));
    }
    Where where = new Where(" where r.username in (select u.username from app_user u where u.program_id = :program)");
    where.params.put("program", scope.programId());
    if (filter.username() != null && !filter.username().isBlank()) {
      where.and("r.username = :username", "username", filter.username().trim().toLowerCase(Locale.ROOT));
    }
    dates(where, "r.revision_time", filter);
    return where;
  }

  private Where eventsWhere(StaffScope scope, Filter filter) {
    // The program's own events, and sign-in attempts with user names that exist nowhere (no program to file them under).
    Where where = new Where(" where (e.program_id = :program or e.program_id is null)");
    where.params.put("program", scope.programId());
    if (filter.username() != null && !filter.username().isBlank()) {
      where.and("e.username = :username", "username", filter.username().trim().toLowerCase(Locale.ROOT));
    }
    if (filter.type() != null && !filter.type().isBlank()) {
      where.and("e.event_type = :type", "type", filter.type().trim().toUpperCase(Locale.ROOT));
    }
    if (filter.outcome() != null && !filter.outcome().isBlank()) {
      where.and("e.outcome = :outcome", "outcome", filter.outcome().trim().toUpperCase(Locale.ROOT));
    }
    dates(where, "e.occurred_at", filter);
    return where;
  }

  private static void dates(Where where, String column, Filter filter) {
    ZoneId zone = ZoneId.systemDefault();
    if (filter.from() != null) {
      where.and(column + " >= :from", "from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
    }
    if (filter.to() != null) {
      where.and(column + " < :to", "to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
    }
  }

  private static void check(Filter filter, int page, int size) {
    List<FieldError> errors = new ArrayList<>();
    if (filter.type() != null && !filter.type().isBlank() && !eventTypes().contains(filter.type().trim().toUpperCase(Locale.ROOT))) {
      errors.add(new FieldError("type", "Choose one of " + String.join(", ", eventTypes()) + "."));
    }
    if (filter.outcome() != null && !filter.outcome().isBlank()
        && !List.of("SUCCESS", "FAILURE").contains(filter.outcome().trim().toUpperCase(Locale.ROOT))) {
      errors.add(new FieldError("outcome", Phrase.of("audit.outcome")));
    }
    if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
      errors.add(new FieldError("to", Phrase.of("audit.dates.order")));
    }
    if (page < 0) {
      errors.add(new FieldError("page", Phrase.of("audit.page")));
    }
    if (size < 1 || size > MAX_SIZE) {
      errors.add(new FieldError("size", "Ask for 1 to " + MAX_SIZE + " lines."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** What was read, with only the filters that were set: "security events, page 1, user clerk, from 2026-11-01". */
  static String describe(String what, Filter f, int page) {
    StringBuilder d = new StringBuilder(what).append(", page ").append(page + 1);
    appendIfSet(d, "user", f.username());
    appendIfSet(d, "type", f.type());
    appendIfSet(d, "outcome", f.outcome());
    appendIfSet(d, "from", f.from());
    appendIfSet(d, "to", f.to());
    return d.toString();
  }

  private static void appendIfSet(StringBuilder d, String name, Object value) {
    if (value != null && !value.toString().isBlank()) {
      d.append(", ").append(name).append(' ').append(value.toString().strip());
    }
  }

  private static String shortName(String entityName) {
    return entityName.substring(entityName.lastIndexOf('.') + 1);
  }

  /** A WHERE clause and its parameters, built up. */
  private static final class Where {
    String sql;
    final Map<String, Object> params = new LinkedHashMap<>();

    Where(String sql) {
      this.sql = sql;
    }

    void and(String condition, String name, Object value) {
      sql += " and " + condition;
      params.put(name, value);
    }

    Query bind(Query q) {
      params.forEach(q::setParameter);
      return q;
    }
  }
}
