package org.johnschool.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.johnschool.curriculum.application.CurriculumCatalog;
import org.johnschool.curriculum.domain.CurriculumVersion;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.notification.application.Notices;
import org.johnschool.notification.domain.NoticeKind;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.NotFoundException;
import org.johnschool.program.domain.Program;
import org.johnschool.referral.application.CaseEnrollment;
import org.johnschool.referral.application.CaseEnrollment.CaseForEnrollment;
import org.johnschool.scheduling.domain.ClassSession;
import org.johnschool.scheduling.domain.Enrollment;
import org.johnschool.scheduling.domain.EnrollmentStatus;
import org.johnschool.scheduling.domain.Presenter;
import org.johnschool.scheduling.domain.SessionTimes;
import org.johnschool.scheduling.domain.Sessions;
import org.johnschool.scheduling.domain.Venue;

/**
 * A coordinator plans the class calendar: one session or a series, each taught with a curriculum version
 * (the latest unless named); moves or cancels a session with a reason that every enrolled person is told.
 */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class SessionPlanner {

  static final int MAX_SERIES = 120;

  @PersistenceContext EntityManager em;
  @Inject Sessions sessions;
  @Inject CurriculumCatalog curriculum;
  @Inject VenueDirectory venues;
  @Inject CaseEnrollment cases;
  @Inject Notices notices;
  @Inject org.johnschool.program.application.ProgramTime time;

  public long create(StaffScope scope, SessionForm form) {
    SessionTimes times = form.times();
    ClassSession session = newSession(scope, form, times, null);
    sessions.add(session);
    em.flush();
    return session.getId();
  }

  /** A series: the same session on every date of {@link SessionForm#seriesDates()}; all or nothing. */
  public List<Long> createSeries(StaffScope scope, SessionForm form) {
    SessionTimes first = form.times();
    List<LocalDate> dates = form.seriesDates();
    if (dates.size() > MAX_SERIES) {
      throw new InvalidInputException("until", Phrase.of("session.series.tooLong", MAX_SERIES, dates.size()));
    }
    UUID series = UUID.randomUUID();
    List<ClassSession> created = new ArrayList<>();
    for (LocalDate d : dates) {
      ClassSession s = newSession(scope, form, new SessionTimes(d, first.start(), first.end()), series);
      sessions.add(s);
      created.add(s);
    }
    em.flush();
    return created.stream().map(ClassSession::getId).toList();
  }

  private ClassSession newSession(StaffScope scope, SessionForm form, SessionTimes times, UUID series) {
    Venue venue = form.venueId() == null ? venues.defaultVenue(scope)
        .orElseThrow(() -> new InvalidInputException("venueId", Phrase.of("session.venue.noDefault")))
        : venues.get(scope, form.venueId());
    CurriculumVersion version = curriculum.versionForTeaching(scope, form.curriculumVersion());
    return new ClassSession(em.getReference(Program.class, scope.programId()), version, venue, form.room(), times, form.language(),
        form.capacity() == null ? 0 : form.capacity(), series, time.today(scope.programId()));
  }

  /** Moves a session (date, time, venue, room, seats) with the reason the enrolled people are told. */
  public void move(StaffScope scope, long sessionId, SessionForm form, String reason) {
    SessionTimes times = form.times();
    ClassSession s = sessions.lock(scope.programId(), sessionId).orElseThrow(() -> new NotFoundException("No session " + sessionId + "."));
    Venue venue = form.venueId() == null ? s.getVenue() : venues.get(scope, form.venueId());
    s.move(venue, form.room(), times, form.capacity() == null ? s.getCapacity() : form.capacity(), reason, time.today(scope.programId()));
    for (Enrollment e : sessions.roster(sessionId)) {
      if (e.getStatus() == EnrollmentStatus.ENROLLED) {
        tell(scope, e, s, NoticeKind.SESSION_MOVED, s.getChangeReason());
      }
    }
    em.flush();
  }

  /** Cancels a session with a reason: its enrollments and waitlist end, the cases wait for a new session, everyone is told. */
  public int cancel(StaffScope scope, long sessionId, String reason) {
    ClassSession s = sessions.lock(scope.programId(), sessionId).orElseThrow(() -> new NotFoundException("No session " + sessionId + "."));
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException(List.of(new FieldError("reason", Phrase.of("session.cancel.reason"))));
    }
    List<Enrollment> roster = sessions.roster(sessionId);
    s.cancel(reason, time.today(scope.programId()));
    Instant now = time.instant();
    for (Enrollment e : roster) {
      boolean hadSeat = e.getStatus() == EnrollmentStatus.ENROLLED;
      e.cancel("Session cancelled: " + reason.trim(), now);
      if (hadSeat) {
        cases.unenrolled(e.getReferralId(), scope);
      }
      tell(scope, e, s, NoticeKind.SESSION_CANCELLED, s.getChangeReason());
    }
    em.flush();
    return roster.size();
  }

  public void reorderAgenda(StaffScope scope, long sessionId, List<Integer> order) {
    sessions.lock(scope.programId(), sessionId).orElseThrow(() -> new NotFoundException("No session " + sessionId + ".")).reorderAgenda(order);
  }

  public void assignPresenter(StaffScope scope, long sessionId, int position, Long presenterId) {
    ClassSession s = sessions.lock(scope.programId(), sessionId).orElseThrow(() -> new NotFoundException("No session " + sessionId + "."));
    Presenter p = presenterId == null ? null : venues.presenter(scope, presenterId);
    s.assignPresenter(position, p);
  }

  private void tell(StaffScope scope, Enrollment e, ClassSession s, NoticeKind kind, String reason) {
    CaseForEnrollment c = cases.cases(List.of(e.getReferralId()), scope).get(e.getReferralId());
    if (c != null) {
      notices.send(scope.programId(), c.id(), s.getId(), kind, c.email(), c.preferredLanguage(),
          SessionFacts.of(c.fullName(), s, c.preferredLanguage(), reason));
    }
  }
}
