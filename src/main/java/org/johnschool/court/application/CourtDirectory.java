package org.johnschool.court.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.johnschool.court.domain.Court;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.ConflictException;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.NotFoundException;
import org.johnschool.program.domain.Program;

/** The courts of a program: listed for everyone on staff, kept by admins. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.CLERK_NAME, Role.FACILITATOR_NAME, Role.EVALUATOR_NAME})
public class CourtDirectory {

  @PersistenceContext EntityManager em;

  public List<Court> courtsOf(StaffScope scope) {
    return em.createQuery("select c from Court c where c.program.id = :p order by c.name", Court.class)
        .setParameter("p", scope.programId())
        .getResultList();
  }

  /** A court of the caller's program by its code (e.g. SF-SUP). */
  public Optional<Court> findByCode(String code, long programId) {
    if (code == null) {
      return Optional.empty();
    }
    return em.createQuery("select c from Court c join fetch c.program where c.code = :code and c.program.id = :p", Court.class)
        .setParameter("code", code.trim().toUpperCase(Locale.ROOT))
        .setParameter("p", programId)
        .getResultStream()
        .findFirst();
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public Court create(StaffScope scope, String code, String name) {
    String c = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    Long existing = em.createQuery("select c.id from Court c where c.code = :code", Long.class)
        .setParameter("code", c).getResultStream().findFirst().orElse(null);
    if (existing != null) {
      throw new ConflictException(Phrase.of("court.code.taken", c), existing);
    }
    Court court = new Court(em.getReference(Program.class, scope.programId()), c, name);
    em.persist(court);
    return court;
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public Court update(StaffScope scope, long id, String name, boolean active) {
    Court court = em.find(Court.class, id);
    if (court == null || !court.getProgram().getId().equals(scope.programId())) {
      throw new NotFoundException("No such court.");
    }
    court.rename(name);
    if (active) {
      court.activate();
    } else {
      court.deactivate();
    }
    return court;
  }
}
