package org.johnschool.referral.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;

/**
 * Data retention for sealed cases: a person whose every case was sealed more than so many years ago loses their
 * identity — first, middle and last name become "Purged", aliases, state ID, FBI number, address, phone and e-mail go,
 * the date of birth keeps only its year — in the live tables, in the audit tables and in the notices written to them.
 * The case itself (court, case number, dates, outcome) stays for the statistics. A dry run lists what a run would
 * purge and changes nothing; every run is recorded ({@code retention_run}).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SealedRetention {

  @PersistenceContext EntityManager em;
  @Inject org.johnschool.program.application.ProgramTime time;

  /** One case whose person would be (or was) purged. */
  public record Purgeable(long referralId, long personId, String court, Instant sealedAt) {}

  /** What a run did (or, dry, would do). */
  public record Result(long runId, boolean dryRun, int retentionYears, Instant sealedBefore, int persons, List<Purgeable> cases) {}

  /** The retention period set for this deployment ({@code JSM_SEALED_RETENTION_YEARS}), or null: no purging. */
  public static Integer configuredYears() {
    String v = System.getenv("JSM_SEALED_RETENTION_YEARS");
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      int years = Integer.parseInt(v.trim());
      return years >= 0 ? years : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Purges (dry: lists) the persons whose every case was sealed before the program's day {@code years} ago began (0: before now). */
  public Result run(StaffScope scope, int years, boolean dryRun) {
    if (years < 0 || years > 200) {
      throw new InvalidInputException(List.of(new FieldError("years", Phrase.of("retention.years"))));
    }
    ZonedDateTime now = time.now(scope.programId());
    Instant before = years == 0 ? now.toInstant() : now.toLocalDate().minusYears(years).atStartOfDay(now.getZone()).toInstant();
    List<Purgeable> cases = new ArrayList<>();
    java.util.Set<Long> persons = new java.util.LinkedHashSet<>();
    for (Object o : em.createNativeQuery("select r.id, p.id, c.code, r.sealed_at from person p join referral r on r.person_id = p.id "
            + "join court c on c.id = r.court_id where p.program_id = ?1 and p.identity_purged_at is null "
            + "and not exists (select 1 from referral o where o.person_id = p.id and (o.sealed_at is null or o.sealed_at >= ?2)) "
            + "order by r.sealed_at, r.id")
        .setParameter(1, scope.programId()).setParameter(2, Timestamp.from(before)).getResultList()) {
      Object[] r = (Object[]) o;
      long personId = ((Number) r[1]).longValue();
      Object at = r[3];
      Instant sealedAt = at instanceof Instant i ? i : at instanceof Timestamp t ? t.toInstant() : ((java.time.OffsetDateTime) at).toInstant();
      cases.add(new Purgeable(((Number) r[0]).longValue(), personId, (String) r[2], sealedAt));
      persons.add(personId);
    }
    if (!dryRun && !persons.isEmpty()) {
      purge(persons);
    }
    long runId = ((Number) em.createNativeQuery("select nextval('retention_run_seq')").getSingleResult()).longValue();
    em.createNativeQuery("insert into retention_run (id, program_id, run_by, run_at, retention_years, sealed_before, dry_run, persons) "
            + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(1, runId).setParameter(2, scope.programId()).setParameter(3, scope.username())
        .setParameter(4, Timestamp.from(time.instant()))
        .setParameter(5, years).setParameter(6, Timestamp.from(before)).setParameter(7, dryRun).setParameter(8, persons.size()).executeUpdate();
    return new Result(runId, dryRun, years, before, persons.size(), cases);
  }

  private void purge(java.util.Set<Long> persons) {
    String identity = "first_name = 'Purged', middle_name = null, last_name = 'Purged', state_id = null, fbi_number = null, address = null, "
        + "phone = null, email = null, date_of_birth = greatest(date_trunc('year', date_of_birth)::date, date '1900-01-02')";
    String notices = "set recipient = null, subject = 'Purged', body = 'Purged under the retention policy for sealed records.' "
        + "where referral_id in (select id from referral where person_id = any(?))";
    em.flush();
    em.unwrap(Session.class).doWork(c -> {
      Array ids = c.createArrayOf("bigint", persons.toArray());
      for (String sql : List.of("update person set " + identity + ", identity_purged_at = now() where id = any(?)",
          "update person_aud set " + identity + " where id = any(?)",
          "delete from person_alias_aud where person_id = any(?)",
          "delete from person_alias where person_id = any(?)",
          "update notice " + notices,
          "update notice_aud " + notices)) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setArray(1, ids);
          ps.executeUpdate();
        }
      }
    });
    em.clear();
    em.getEntityManagerFactory().getCache().evictAll();
  }
}
