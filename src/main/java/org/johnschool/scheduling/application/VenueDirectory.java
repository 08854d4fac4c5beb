package org.johnschool.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.johnschool.curriculum.domain.PresenterRole;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.NotFoundException;
import org.johnschool.program.domain.Program;
import org.johnschool.scheduling.domain.Presenter;
import org.johnschool.scheduling.domain.Venue;

/** The program's venues and presenters: read by staff who plan or teach, kept by coordinators and admins. */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME, Role.FACILITATOR_NAME})
public class VenueDirectory {

  @PersistenceContext EntityManager em;

  public List<Venue> venues(StaffScope scope) {
    return em.createQuery("select v from Venue v where v.program.id = :p order by v.defaultVenue desc, v.name", Venue.class)
        .setParameter("p", scope.programId()).getResultList();
  }

  public Optional<Venue> defaultVenue(StaffScope scope) {
    return em.createQuery("select v from Venue v where v.program.id = :p and v.defaultVenue = true and v.active = true", Venue.class)
        .setParameter("p", scope.programId()).getResultStream().findFirst();
  }

  public Venue get(StaffScope scope, long id) {
    Venue v = em.find(Venue.class, id);
    if (v == null || !v.getProgram().getId().equals(scope.programId())) {
      throw new NotFoundException("No venue " + id + ".");
    }
    return v;
  }

  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public Venue createVenue(StaffScope scope, String name, String address, String rooms, int capacity, String notes, boolean makeDefault) {
    requireNameFree(scope, name, null);
    Venue v = new Venue(em.getReference(Program.class, scope.programId()), name, address, lines(rooms), capacity, notes);
    em.persist(v);
    if (makeDefault || defaultVenue(scope).isEmpty()) {
      makeDefault(scope, v);
    }
    return v;
  }

  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public Venue updateVenue(StaffScope scope, long id, String name, String address, String rooms, int capacity, String notes, boolean active,
      boolean makeDefault) {
    Venue v = get(scope, id);
    requireNameFree(scope, name, id);
    v.describe(name, address, lines(rooms), capacity, notes);
    if (active) {
      v.activate();
    } else {
      v.deactivate();
    }
    if (makeDefault && active) {
      makeDefault(scope, v);
    }
    return v;
  }

  /** A program names each venue once (the table's unique key): a second one of that name is refused, not a failure. */
  private void requireNameFree(StaffScope scope, String name, Long exceptId) {
    if (name == null) {
      return;
    }
    boolean taken = em.createQuery("select v.id from Venue v where v.program.id = :p and v.name = :n", Long.class)
        .setParameter("p", scope.programId()).setParameter("n", name.trim()).getResultStream().anyMatch(id -> !id.equals(exceptId));
    if (taken) {
      throw new InvalidInputException("name", Phrase.of("venue.name.taken", name.trim()));
    }
  }

  private void makeDefault(StaffScope scope, Venue chosen) {
    for (Venue other : venues(scope)) {
      if (other != chosen && other.isDefaultVenue()) {
        other.clearDefault();
      }
    }
    em.flush();
    chosen.makeDefault();
  }

  public List<Presenter> presenters(StaffScope scope) {
    return em.createQuery("select p from Presenter p where p.program.id = :p order by p.name", Presenter.class)
        .setParameter("p", scope.programId()).getResultList();
  }

  public Presenter presenter(StaffScope scope, long id) {
    Presenter p = em.find(Presenter.class, id);
    if (p == null || !p.getProgram().getId().equals(scope.programId())) {
      throw new NotFoundException("No presenter " + id + ".");
    }
    return p;
  }

  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public Presenter createPresenter(StaffScope scope, String name, PresenterRole role, String languages, String email) {
    Presenter p = new Presenter(em.getReference(Program.class, scope.programId()), name, role, languages == null ? List.of()
        : Arrays.asList(languages.split("[,\\s]+")), email);
    em.persist(p);
    return p;
  }

  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public Presenter updatePresenter(StaffScope scope, long id, String name, PresenterRole role, String languages, String email, boolean active) {
    Presenter p = presenter(scope, id);
    p.describe(name, role, languages == null ? List.of() : Arrays.asList(languages.split("[,\\s]+")), email);
    if (active) {
      p.activate();
    } else {
      p.deactivate();
    }
    return p;
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : Arrays.asList(text.split("\\r?\\n|,"));
  }
}
