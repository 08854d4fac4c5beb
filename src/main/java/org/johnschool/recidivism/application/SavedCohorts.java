package org.johnschool.recidivism.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.ConflictException;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.NotFoundException;

/** Cohort definitions saved under a name (unique in the program), to be re-run as the follow-up grows. */
@Stateless
@RolesAllowed({Role.EVALUATOR_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class SavedCohorts {

  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** A saved definition. */
  public record Saved(long id, String name, CohortRequest definition, String createdBy, Instant createdAt) implements java.io.Serializable {}

  public Saved save(StaffScope scope, String name, CohortRequest request) {
    if (name == null || name.isBlank() || name.trim().length() > 100) {
      throw new InvalidInputException(List.of(new FieldError("name", Phrase.of("cohort.name"))));
    }
    if (request == null) {
      throw new InvalidInputException(List.of(new FieldError("definition", Phrase.of("cohort.definition"))));
    }
    CohortRequest normalized = CohortRequest.of(request.toDefinition());
    Number taken = (Number) em.createNativeQuery("select count(*) from cohort_definition where program_id = ?1 and lower(name) = lower(?2)")
        .setParameter(1, scope.programId()).setParameter(2, name.trim()).getSingleResult();
    if (taken.longValue() > 0) {
      throw new ConflictException(Phrase.of("cohort.name.taken", name.trim()), null);
    }
    long id = ((Number) em.createNativeQuery("select nextval('cohort_definition_seq')").getSingleResult()).longValue();
    Instant now = clock.instant();
    em.createNativeQuery("insert into cohort_definition (id, program_id, name, definition, created_by, created_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, id).setParameter(2, scope.programId()).setParameter(3, name.trim()).setParameter(4, JSON.toJson(normalized))
        .setParameter(5, scope.username()).setParameter(6, Timestamp.from(now)).executeUpdate();
    return new Saved(id, name.trim(), normalized, scope.username(), now);
  }

  public List<Saved> list(StaffScope scope) {
    List<Saved> saved = new ArrayList<>();
    for (Object o : em.createNativeQuery("select id, name, definition, created_by, created_at from cohort_definition where program_id = ?1 "
        + "order by lower(name)").setParameter(1, scope.programId()).setMaxResults(500).getResultList()) {
      saved.add(saved((Object[]) o));
    }
    return saved;
  }

  public Saved get(StaffScope scope, long id) {
    List<?> rows = em.createNativeQuery("select id, name, definition, created_by, created_at from cohort_definition where program_id = ?1 and id = ?2")
        .setParameter(1, scope.programId()).setParameter(2, id).getResultList();
    if (rows.isEmpty()) {
      throw new NotFoundException("There is no saved cohort " + id + ".");
    }
    return saved((Object[]) rows.get(0));
  }

  private static Saved saved(Object[] r) {
    Object t = r[4];
    Instant at = t instanceof Instant i ? i : t instanceof Timestamp ts ? ts.toInstant() : ((OffsetDateTime) t).toInstant();
    return new Saved(((Number) r[0]).longValue(), (String) r[1], JSON.fromJson((String) r[2], CohortRequest.class), (String) r[3], at);
  }
}
