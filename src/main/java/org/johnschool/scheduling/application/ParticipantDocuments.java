package org.johnschool.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.NotFoundException;
import org.johnschool.platform.Phrase;
import org.johnschool.program.domain.Program;
import org.johnschool.referral.application.CaseEnrollment;
import org.johnschool.referral.application.CaseEnrollment.CaseForEnrollment;
import org.johnschool.scheduling.domain.ClassSession;
import org.johnschool.scheduling.domain.Presenter;
import org.johnschool.scheduling.domain.Enrollment;
import org.johnschool.scheduling.domain.EnrollmentStatus;
import org.johnschool.scheduling.domain.SessionAgendaItem;
import org.johnschool.scheduling.domain.SessionStatus;
import org.johnschool.scheduling.domain.Sessions;

/** What the printable documents of enrollment show: the enrollment notice, and the sessions of a calendar file. */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME, Role.FACILITATOR_NAME})
public class ParticipantDocuments {

  @PersistenceContext EntityManager em;
  @Inject Sessions sessions;
  @Inject CaseEnrollment cases;
  @Inject org.johnschool.scheduling.domain.FeeDue fees;
  @Inject org.johnschool.program.application.ProgramTime time;

  /** The enrollment notice: the document number is the enrollment's ("EN-" and its id). */
  public record EnrollmentNotice(String documentNumber, LocalDate printed, String programName, String programAddress, String name,
      String courtCaseNumber, String language, LocalDate date, LocalTime start, LocalTime end, String venue, String address, String room,
      String accessibilityNotes, String feeDue) {}

  /** A session as a calendar file lists it; {@code modified} (its DTSTAMP) is when the session last changed, never null. */
  public record CalendarEntry(long sessionId, LocalDate date, LocalTime start, LocalTime end, String summary, String location,
      String description, boolean cancelled, java.time.Instant modified) {}

  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public EnrollmentNotice enrollmentNotice(StaffScope scope, long referralId) {
    Enrollment e = sessions.current(scope.programId(), referralId).filter(x -> x.getStatus() == EnrollmentStatus.ENROLLED)
        .orElseThrow(() -> new NotFoundException(Phrase.of("enrollment.notEnrolled")));
    CaseForEnrollment c = cases.cases(List.of(referralId), scope).get(referralId);
    if (c == null) {
      throw new NotFoundException("No case " + referralId + " is visible to you.");
    }
    ClassSession s = e.getSession();
    Program p = em.find(Program.class, scope.programId());
    LocalDate printed = time.today(scope.programId());
    return new EnrollmentNotice("EN-" + e.getId(), printed, p.getName(), p.getAddress(), c.fullName(), c.courtCaseNumber(),
        c.preferredLanguage(), s.getDate(), s.getStart(), s.getEnd(), s.getVenue().getName(), s.getVenue().getAddress(), s.getRoom(),
        s.getVenue().getAccessibilityNotes(), fees.amountDue(scope, referralId).orElse(null));
  }

  /** One session as a calendar entry. */
  public List<CalendarEntry> session(StaffScope scope, long sessionId) {
    ClassSession s = sessions.find(scope.programId(), sessionId).orElseThrow(() -> new NotFoundException("No session " + sessionId + "."));
    return List.of(entry(s, null));
  }

  /** The sessions from today on where a presenter presents at least one module. */
  public List<CalendarEntry> presenter(StaffScope scope, long presenterId) {
    Presenter presenter = em.find(Presenter.class, presenterId);
    if (presenter == null || !presenter.getProgram().getId().equals(scope.programId())) {
      throw new NotFoundException("No presenter " + presenterId + ".");
    }
    List<ClassSession> found = em.createQuery("select distinct s from ClassSession s join fetch s.venue join s.agenda i "
            + "where s.program.id = :p and i.presenter.id = :presenter and s.date >= :today order by s.date, s.start", ClassSession.class)
        .setParameter("p", scope.programId()).setParameter("presenter", presenterId).setParameter("today", time.today(scope.programId()))
        .getResultList();
    return found.stream().map(s -> entry(s, presenterId)).toList();
  }

  private CalendarEntry entry(ClassSession s, Long presenterId) {
    StringBuilder d = new StringBuilder("First Offender Education Program class (" + s.getLanguage().toUpperCase() + ", "
        + s.getEnrolled() + " of " + s.getCapacity() + " seats taken).");
    if (presenterId != null) {
      LocalTime at = s.getStart();
      for (SessionAgendaItem i : s.getAgenda()) {
        if (i.getPresenter() != null && i.getPresenter().getId().equals(presenterId)) {
          d.append("\nYou present ").append(i.getModuleKey()).append(" at ").append(at).append(" (").append(i.getMinutes()).append(" min).");
        }
        at = at.plusMinutes(i.getMinutes());
      }
    }
    String location = s.getVenue().getName() + ", " + s.getVenue().getAddress() + (s.getRoom() == null ? "" : " (" + s.getRoom() + ")");
    return new CalendarEntry(s.getId(), s.getDate(), s.getStart(), s.getEnd(), "John school class", location, d.toString(),
        s.getStatus() == SessionStatus.CANCELLED, s.getModifiedAt() == null ? time.instant() : s.getModifiedAt());
  }
}
