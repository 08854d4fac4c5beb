package org.johnschool.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.notification.application.Notices;
import org.johnschool.notification.domain.NoticeKind;
import org.johnschool.platform.ConflictException;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.InvalidTransitionException;
import org.johnschool.platform.NotFoundException;
import org.johnschool.program.domain.Program;
import org.johnschool.referral.application.CaseEnrollment;
import org.johnschool.referral.application.CaseEnrollment.CaseForEnrollment;
import org.johnschool.referral.domain.ReferralStatus;
import org.johnschool.scheduling.domain.ClassSession;
import org.johnschool.scheduling.domain.Enrollment;
import org.johnschool.scheduling.domain.EnrollmentStatus;
import org.johnschool.scheduling.domain.EnrollmentWarning;
import org.johnschool.scheduling.domain.SessionFullException;
import org.johnschool.scheduling.domain.Sessions;

/**
 * A coordinator enrolls an eligible case in a session, puts it on a full session's waitlist, moves it to
 * another session (up to the program's limit) or cancels its enrollment; a freed seat goes to the first
 * of the waitlist. Locks are taken in one order — sessions (by id), then cases — so concurrent requests
 * queue instead of deadlocking, and a session never gives more seats than it has.
 */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class EnrollmentDesk {

  @PersistenceContext EntityManager em;
  @Inject Sessions sessions;
  @Inject CaseEnrollment cases;
  @Inject Notices notices;
  @Inject org.johnschool.program.application.ProgramTime time;
  @Inject jakarta.enterprise.event.Event<org.johnschool.scheduling.domain.CaseEnrolled> enrolledEvents;

  /** A case's enrollment as pages and the API show it. */
  public record EnrollmentView(long id, long referralId, long sessionId, EnrollmentStatus status, int rescheduleCount, LocalDate date,
      LocalTime start, LocalTime end, String venue, String language, int seatsLeft, String reason, java.time.Instant joinedAt,
      java.time.Instant endedAt) implements java.io.Serializable {

    static EnrollmentView of(Enrollment e) {
      ClassSession s = e.getSession();
      return new EnrollmentView(e.getId(), e.getReferralId(), s.getId(), e.getStatus(), e.getRescheduleCount(), s.getDate(), s.getStart(),
          s.getEnd(), s.getVenue().getName(), s.getLanguage(), s.seatsLeft(), e.getReason(), e.getJoinedAt(), e.getEndedAt());
    }
  }

  /**
   * Enrolls the case, or (when {@code waitlistIfFull}) puts it on the waitlist of a full session. Refused
   * when the case is not eligible, already enrolled, or when warnings are not confirmed.
   */
  public EnrollmentView enroll(StaffScope scope, long referralId, long sessionId, boolean waitlistIfFull, boolean confirmWarnings) {
    LocalDate today = time.today(scope.programId());
    ClassSession session = lockSession(scope, sessionId);
    CaseForEnrollment c = cases.lockCase(referralId, scope);
    session.requireOpen(today);
    Optional<Enrollment> current = sessions.current(scope.programId(), referralId);
    current.ifPresent(em::refresh);
    if (current.isPresent() && current.get().getStatus() == EnrollmentStatus.ENROLLED) {
      throw new ConflictException(Phrase.of("enrollment.alreadyIn", current.get().getSession().getDate()),
          current.get().getSession().getId());
    }
    if (current.isPresent() && current.get().getSession().getId() == sessionId) {
      throw new ConflictException(Phrase.of("enrollment.alreadyWaitlisted"), sessionId);
    }
    if (c.status() != ReferralStatus.ELIGIBLE) {
      throw new InvalidTransitionException(Phrase.of("enrollment.notEligible", c.status()));
    }
    confirm(c, session, confirmWarnings);
    if (session.isFull() && !waitlistIfFull) {
      throw new SessionFullException(sessionId, session.getCapacity());
    }
    if (current.isPresent()) {
      current.get().cancel("Left the waitlist of the session of " + current.get().getSession().getDate() + " for another session.",
          time.instant());
      em.flush();
    }
    Enrollment e;
    if (session.isFull()) {
      e = Enrollment.waitlist(session, referralId, time.instant());
      sessions.add(e);
      notify(scope, c, session, NoticeKind.WAITLISTED, null);
    } else {
      session.takeSeat(today);
      e = Enrollment.seat(session, referralId, time.instant());
      sessions.add(e);
      cases.enrolled(referralId, scope);
      enrolledEvents.fire(new org.johnschool.scheduling.domain.CaseEnrolled(scope, referralId, sessionId));
      notify(scope, c, session, NoticeKind.ENROLLED, null);
    }
    em.flush();
    return EnrollmentView.of(e);
  }

  /**
   * A seat in a later session to make up missed modules (the caller knows which remain): the case stays
   * ENROLLED, the seat counts one more reschedule within the program's limit, and the session must teach at
   * least one of the remaining modules. Warnings are confirmed as for any enrollment.
   */
  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public EnrollmentView enrollForMakeUp(StaffScope scope, long referralId, long sessionId, String reason, boolean confirmWarnings,
      java.util.Collection<String> remainingModules) {
    LocalDate today = time.today(scope.programId());
    ClassSession session = lockSession(scope, sessionId);
    CaseForEnrollment c = cases.lockCase(referralId, scope);
    session.requireOpen(today);
    if (c.status() != ReferralStatus.ENROLLED) {
      throw new InvalidTransitionException(Phrase.of("enrollment.makeUp.notEnrolled", c.status()));
    }
    if (sessions.current(scope.programId(), referralId).isPresent()) {
      throw new ConflictException(Phrase.of("enrollment.alreadyPlaced"), referralId);
    }
    if (remainingModules.isEmpty()) {
      throw new InvalidTransitionException(Phrase.of("enrollment.nothingToMakeUp"));
    }
    if (session.getAgenda().stream().noneMatch(i -> i.getModuleKey() != null && remainingModules.contains(i.getModuleKey()))) {
      throw new InvalidInputException("sessionId", Phrase.of("enrollment.makeUp.noModule", session.getDate()));
    }
    Enrollment latest = sessions.ofCase(scope.programId(), referralId).stream()
        .filter(e -> e.getStatus() == EnrollmentStatus.ATTENDED || e.getStatus() == EnrollmentStatus.NO_SHOW).findFirst()
        .orElseThrow(() -> new InvalidTransitionException(Phrase.of("enrollment.noClassDay")));
    int limit = em.find(Program.class, scope.programId()).getRescheduleLimit();
    if (latest.getRescheduleCount() >= limit) {
      throw new InvalidTransitionException(Phrase.of("enrollment.makeUp.limit", latest.getRescheduleCount(), limit));
    }
    confirm(c, session, confirmWarnings);
    session.takeSeat(today);
    Enrollment e = Enrollment.makeUp(session, latest, reason, time.instant());
    sessions.add(e);
    notify(scope, c, session, NoticeKind.ENROLLED, e.getReason());
    em.flush();
    return EnrollmentView.of(e);
  }

  /** Moves an enrolled case to another session with a reason, within the program's reschedule limit. */
  public EnrollmentView reschedule(StaffScope scope, long referralId, long toSessionId, String reason, boolean confirmWarnings) {
    LocalDate today = time.today(scope.programId());
    Enrollment e = sessions.current(scope.programId(), referralId)
        .filter(x -> x.getStatus() == EnrollmentStatus.ENROLLED)
        .orElseThrow(() -> new InvalidTransitionException(Phrase.of("enrollment.notEnrolled.reschedule")));
    long fromId = e.getSession().getId();
    if (fromId == toSessionId) {
      throw new InvalidInputException("sessionId", Phrase.of("enrollment.alreadyEnrolled"));
    }
    ClassSession first = lockSession(scope, Math.min(fromId, toSessionId));
    ClassSession second = lockSession(scope, Math.max(fromId, toSessionId));
    ClassSession from = first.getId() == fromId ? first : second;
    ClassSession to = first.getId() == fromId ? second : first;
    CaseForEnrollment c = cases.lockCase(referralId, scope);
    em.refresh(e);
    if (e.getStatus() != EnrollmentStatus.ENROLLED) {
      throw new InvalidTransitionException(Phrase.of("enrollment.changed"));
    }
    int limit = em.find(Program.class, scope.programId()).getRescheduleLimit();
    if (e.getRescheduleCount() >= limit) {
      throw new InvalidTransitionException(Phrase.of("enrollment.reschedule.limit", e.getRescheduleCount(), limit));
    }
    to.requireOpen(today);
    confirm(c, to, confirmWarnings);
    to.takeSeat(today);
    Enrollment moved = e.moveTo(to, reason, time.instant());
    em.flush();
    sessions.add(moved);
    from.releaseSeat();
    notify(scope, c, to, NoticeKind.RESCHEDULED, moved.getReason());
    promoteFirstWaiting(scope, from, today);
    em.flush();
    return EnrollmentView.of(moved);
  }

  /** Ends the case's enrollment or waitlist place with a reason; a freed seat goes to the waitlist. */
  public void cancel(StaffScope scope, long referralId, String reason) {
    LocalDate today = time.today(scope.programId());
    Enrollment e = sessions.current(scope.programId(), referralId)
        .orElseThrow(() -> new NotFoundException(Phrase.of("enrollment.none")));
    ClassSession session = lockSession(scope, e.getSession().getId());
    CaseForEnrollment c = cases.lockCase(referralId, scope);
    em.refresh(e);
    boolean hadSeat = e.getStatus() == EnrollmentStatus.ENROLLED;
    e.cancel(reason, time.instant());
    if (hadSeat) {
      session.releaseSeat();
      if (!e.isMakeup()) {
        cases.unenrolled(referralId, scope); // a make-up's case keeps the modules it attended and stays enrolled
      }
    }
    notify(scope, c, session, NoticeKind.ENROLLMENT_CANCELLED, e.getReason());
    if (hadSeat && !session.getDate().isBefore(today)) {
      promoteFirstWaiting(scope, session, today);
    }
    em.flush();
  }

  /** The case's current enrollment (if any) and every earlier one, newest first. */
  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME, Role.FACILITATOR_NAME})
  public List<EnrollmentView> ofCase(StaffScope scope, long referralId) {
    cases.requireVisible(referralId, scope);
    return sessions.ofCase(scope.programId(), referralId).stream().map(EnrollmentView::of).toList();
  }

  /** Gives a freed seat to the first waitlisted case that is still eligible (others leave the waitlist). */
  void promoteFirstWaiting(StaffScope scope, ClassSession session, LocalDate today) {
    while (!session.isFull()) {
      Optional<Enrollment> next = sessions.firstWaiting(session.getId());
      if (next.isEmpty()) {
        return;
      }
      Enrollment w = next.get();
      CaseForEnrollment c = cases.lockCase(w.getReferralId(), scope);
      if (c.status() != ReferralStatus.ELIGIBLE) {
        w.cancel("Left the waitlist: the case is " + c.status() + ".", time.instant());
        em.flush();
        continue;
      }
      session.takeSeat(today);
      w.promote();
      cases.enrolled(w.getReferralId(), scope);
      enrolledEvents.fire(new org.johnschool.scheduling.domain.CaseEnrolled(scope, w.getReferralId(), session.getId()));
      notify(scope, c, session, NoticeKind.PROMOTED_FROM_WAITLIST, null);
      em.flush();
    }
  }

  private ClassSession lockSession(StaffScope scope, long sessionId) {
    return sessions.lock(scope.programId(), sessionId).orElseThrow(() -> new NotFoundException("No session " + sessionId + "."));
  }

  private static void confirm(CaseForEnrollment c, ClassSession session, boolean confirmed) {
    List<EnrollmentWarning> warnings = new ArrayList<>();
    List<Phrase> explanations = new ArrayList<>();
    if (session.getDate().isAfter(c.deadline())) {
      warnings.add(EnrollmentWarning.AFTER_DEADLINE);
      explanations.add(Phrase.of("enrollment.warning.afterDeadline", session.getDate(), c.deadline()));
    }
    if (!session.getLanguage().equals(c.preferredLanguage())) {
      warnings.add(EnrollmentWarning.LANGUAGE_DIFFERS);
      explanations.add(Phrase.of("enrollment.warning.language", Phrase.language(session.getLanguage()), Phrase.language(c.preferredLanguage())));
    }
    if (!warnings.isEmpty() && !confirmed) {
      throw new WarningsToConfirmException(warnings, explanations);
    }
  }

  private void notify(StaffScope scope, CaseForEnrollment c, ClassSession s, NoticeKind kind, String reason) {
    notices.send(scope.programId(), c.id(), s.getId(), kind, c.email(), c.preferredLanguage(),
        SessionFacts.of(c.fullName(), s, c.preferredLanguage(), reason));
  }
}
