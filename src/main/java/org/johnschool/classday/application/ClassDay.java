package org.johnschool.classday.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.johnschool.classday.domain.AgendaSlot;
import org.johnschool.classday.domain.Attendance;
import org.johnschool.classday.domain.ClassDayRecorded;
import org.johnschool.classday.domain.AttendanceStatus;
import org.johnschool.classday.domain.ModuleAttendance;
import org.johnschool.classday.domain.ModuleProgress;
import org.johnschool.classday.domain.RosterClosing;
import org.johnschool.curriculum.application.CurriculumCatalog;
import org.johnschool.curriculum.domain.CurriculumModule;
import org.johnschool.curriculum.domain.CurriculumVersion;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.InvalidTransitionException;
import org.johnschool.platform.NotFoundException;
import org.johnschool.platform.Phrase;
import org.johnschool.program.domain.Program;
import org.johnschool.referral.application.CaseEnrollment;
import org.johnschool.referral.application.CaseEnrollment.CaseForEnrollment;
import org.johnschool.scheduling.domain.ClassSession;
import org.johnschool.scheduling.domain.Enrollment;
import org.johnschool.scheduling.domain.EnrollmentStatus;
import org.johnschool.scheduling.domain.SessionStatus;
import org.johnschool.scheduling.domain.Sessions;

/**
 * The facilitator's class day: the roster of a session with each participant's attendance, and recording
 * check-in, departure and the modules attended. Each participant's module progress across days is kept
 * here too (make-up seats cover only what remains).
 */
@Stateless
@RolesAllowed({Role.FACILITATOR_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class ClassDay {

  @PersistenceContext EntityManager em;
  @Inject Sessions sessions;
  @Inject CaseEnrollment cases;
  @Inject CurriculumCatalog curriculum;
  @Inject Event<ClassDayRecorded> recorded;
  @Inject org.johnschool.program.application.ProgramTime time;

  public record ModuleLine(String key, String title, boolean required, LocalTime start, LocalTime end) implements java.io.Serializable {}

  /** A participant's line of the roster; {@code status} is null until attendance is taken. */
  public record Participant(long referralId, long enrollmentId, String name, String courtCaseNumber, String language, boolean makeup,
      EnrollmentStatus enrollment, AttendanceStatus status, boolean idVerified, LocalTime arrived, LocalTime departed,
      Map<String, Boolean> modules, String remarks) implements java.io.Serializable {}

  /**
   * A session's roster. {@code open}: attendance may be taken now; {@code closedAt}/{@code closedBy}: the roster was
   * closed (then by whom, {@code automatic} when the application closed it an hour after the end). A participant's
   * module is true once it has ended and they were there through it, false when missed, null while it is to come.
   */
  public record Roster(long sessionId, LocalDate date, LocalTime start, LocalTime end, String language, String venue, int graceMinutes,
      boolean open, String closedWhy, java.time.Instant closedAt, String closedBy, boolean automatic, boolean closable,
      List<ModuleLine> modules, List<Participant> participants,
      @jakarta.json.bind.annotation.JsonbTransient Phrase closing) implements java.io.Serializable {

    /** Why attendance cannot be taken (null while it can), in this language. */
    public String closedWhy(java.util.Locale locale) {
      return closing == null ? null : closing.in(locale);
    }
  }

  /** A case's modules: required ones in course order, attended ones, and what remains. */
  public record Progress(List<String> required, List<String> attended, List<String> remaining, Map<String, String> titles) implements java.io.Serializable {}

  public Roster roster(StaffScope scope, long sessionId) {
    ClassSession s = session(scope, sessionId);
    List<AgendaSlot> slots = AgendaSlot.of(s);
    Map<String, String> titles = curriculum.moduleTitles(s.getCurriculumVersion(), s.getLanguage());
    List<Enrollment> seats = sessions.seats(sessionId);
    Map<Long, CaseForEnrollment> facts = cases.cases(seats.stream().map(Enrollment::getReferralId).toList(), scope);
    Map<Long, Attendance> taken = em.createQuery("select a from Attendance a where a.sessionId = :s", Attendance.class)
        .setParameter("s", sessionId).getResultStream().collect(Collectors.toMap(Attendance::getEnrollmentId, Function.identity()));
    RosterClosing closed = em.find(RosterClosing.class, sessionId);
    LocalTime upTo = upTo(scope, s, closed);
    int grace = grace(scope);
    List<Participant> lines = new ArrayList<>();
    for (Enrollment e : seats) {
      CaseForEnrollment c = facts.get(e.getReferralId());
      if (c == null) {
        continue;
      }
      lines.add(participant(e, c, taken.get(e.getId()), e.isMakeup() ? covered(scope, e, slots) : slots, s, grace, upTo));
    }
    lines.sort(java.util.Comparator.comparing(Participant::name, String.CASE_INSENSITIVE_ORDER));
    Phrase closedWhy = closedWhy(scope, s, closed);
    return new Roster(s.getId(), s.getDate(), s.getStart(), s.getEnd(), s.getLanguage(), s.getVenue().getName(), grace,
        closedWhy == null, closedWhy == null ? null : closedWhy.english(), closed == null ? null : closed.getClosedAt(),
        closed == null ? null : closed.getClosedBy(), closed != null && closed.isAutomatic(),
        closed == null && s.getStatus() == SessionStatus.SCHEDULED && ended(scope, s),
        slots.stream().map(x -> new ModuleLine(x.moduleKey(), titles.getOrDefault(x.moduleKey(), x.moduleKey()), x.required(), x.start(),
            x.end())).toList(),
        lines, closedWhy);
  }

  /** Records one participant's day (check-in, departure, modules, or absence) and returns the roster line. */
  public Participant record(StaffScope scope, long sessionId, long referralId, Attendance.Entry entry) {
    ClassSession s = session(scope, sessionId);
    RosterClosing closed = em.find(RosterClosing.class, sessionId);
    Phrase refused = closedWhy(scope, s, closed);
    if (refused != null) {
      throw new InvalidTransitionException(refused);
    }
    CaseForEnrollment c = cases.lockCase(referralId, scope);
    Enrollment seat = sessions.seats(sessionId).stream().filter(e -> e.getReferralId() == referralId).findFirst()
        .orElseThrow(() -> new NotFoundException("Case " + referralId + " has no seat in the session of " + s.getDate() + "."));
    List<AgendaSlot> slots = AgendaSlot.of(s);
    Attendance a = em.createQuery("select a from Attendance a where a.enrollmentId = :e", Attendance.class)
        .setParameter("e", seat.getId()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
    List<AgendaSlot> covered = seat.isMakeup() ? covered(scope, seat, slots) : slots;
    LocalTime upTo = upTo(scope, s, closed);
    int grace = grace(scope);
    if (a == null) {
      a = new Attendance(scope.programId(), seat.getId(), sessionId, referralId, covered);
      a.record(entry, covered, s.getStart(), s.getEnd(), grace, scope.username(), upTo);
      if (closed != null) {
        a.close(covered, s.getStart(), s.getEnd(), grace);
      }
      em.persist(a);
    } else {
      a.record(entry, covered, s.getStart(), s.getEnd(), grace, scope.username(), upTo);
      if (closed != null) {
        a.close(covered, s.getStart(), s.getEnd(), grace);
      }
    }
    seat.attendanceTaken(a.getStatus().came(), time.instant());
    em.flush();
    recorded.fire(new ClassDayRecorded(scope, referralId));
    return participant(seat, c, a, covered, s, grace, upTo);
  }

  /**
   * The facilitator closes the roster once the session has ended: those still there leave at the end, every
   * participant's day is credited as it happened, and each case's completion is looked at again.
   */
  public Roster close(StaffScope scope, long sessionId) {
    ClassSession s = session(scope, sessionId);
    if (s.getStatus() == SessionStatus.CANCELLED) {
      throw new InvalidTransitionException(Phrase.of("attendance.closed.cancelled", s.getDate()));
    }
    if (!ended(scope, s)) {
      throw new InvalidTransitionException(Phrase.of("attendance.close.notEnded", s.getDate(), s.getEnd()));
    }
    if (!closeRoster(scope, s, false)) {
      throw new InvalidTransitionException(Phrase.of("attendance.close.already", s.getDate()));
    }
    return roster(scope, sessionId);
  }

  /**
   * Closes every roster of the program whose session ended at least an hour ago and that nobody closed (the
   * application does this every few minutes; answers how many it closed).
   */
  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public int closeDue(StaffScope scope) {
    java.time.LocalDateTime now = time.now(scope.programId()).toLocalDateTime();
    List<ClassSession> due = em.createQuery("select s from ClassSession s where s.program.id = :p and s.status = :scheduled "
        + "and s.date <= :today and not exists (select c from RosterClosing c where c.sessionId = s.id) order by s.date, s.start",
        ClassSession.class).setParameter("p", scope.programId()).setParameter("scheduled", SessionStatus.SCHEDULED)
        .setParameter("today", now.toLocalDate()).getResultList();
    int closed = 0;
    for (ClassSession s : due) {
      if (!s.getDate().atTime(s.getEnd()).plus(RosterClosing.AUTOMATIC_AFTER).isAfter(now) && closeRoster(scope, s, true)) {
        closed++;
      }
    }
    return closed;
  }

  /** Closes the roster unless it is closed already (the session's row is locked first: one closing wins). */
  private boolean closeRoster(StaffScope scope, ClassSession s, boolean automatic) {
    em.createQuery("select s.id from ClassSession s where s.id = :s", Long.class).setParameter("s", s.getId())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
    if (em.find(RosterClosing.class, s.getId()) != null) {
      return false;
    }
    em.persist(new RosterClosing(s.getId(), scope.programId(), time.instant(), scope.username(), automatic));
    List<AgendaSlot> slots = AgendaSlot.of(s);
    int grace = grace(scope);
    List<Attendance> day = em.createQuery("select a from Attendance a where a.sessionId = :s order by a.id", Attendance.class)
        .setParameter("s", s.getId()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    for (Attendance a : day) {
      a.close(slots, s.getStart(), s.getEnd(), grace);
    }
    em.flush();
    for (Attendance a : day) {
      recorded.fire(new ClassDayRecorded(scope, a.getReferralId()));
    }
    return true;
  }

  /** The time of day the session's day has reached now where the program is (all of it once the roster is closed). */
  private LocalTime upTo(StaffScope scope, ClassSession s, RosterClosing closed) {
    return closed != null ? LocalTime.MAX : Attendance.upTo(s.getDate(), time.now(scope.programId()).toLocalDateTime());
  }

  private boolean ended(StaffScope scope, ClassSession s) {
    return !s.getDate().atTime(s.getEnd()).isAfter(time.now(scope.programId()).toLocalDateTime());
  }

  /**
   * The end of a class day of the case that has not ended yet (the case cannot complete before it), if any: a day
   * it was checked in for whose session is still going on.
   */
  public Optional<java.time.LocalDateTime> dayUnderway(StaffScope scope, long referralId) {
    java.time.LocalDateTime now = time.now(scope.programId()).toLocalDateTime();
    return attendances(scope, referralId).stream().filter(a -> a.getStatus().came())
        .map(a -> sessions.find(scope.programId(), a.getSessionId()).orElse(null)).filter(java.util.Objects::nonNull)
        .map(x -> x.getDate().atTime(x.getEnd())).filter(end -> end.isAfter(now)).max(java.util.Comparator.naturalOrder());
  }

  /** The case's required modules (of the curriculum it was first taught with) and what it attended. */
  public ModuleProgress progress(StaffScope scope, long referralId) {
    List<Attendance> days = attendances(scope, referralId);
    return ModuleProgress.fromCredit(required(firstVersion(scope, referralId, days)), credits(scope, days));
  }

  /** Each class day's credit as the day stands now (a module counts once it has ended). */
  private List<Map<String, Boolean>> credits(StaffScope scope, List<Attendance> days) {
    int grace = days.isEmpty() ? 0 : grace(scope);
    List<Map<String, Boolean>> credits = new ArrayList<>();
    for (Attendance a : days) {
      ClassSession s = sessions.find(scope.programId(), a.getSessionId()).orElse(null);
      if (s == null) {
        continue;
      }
      LocalTime upTo = upTo(scope, s, em.find(RosterClosing.class, s.getId()));
      credits.add(a.credit(AgendaSlot.of(s), s.getStart(), s.getEnd(), grace, upTo));
    }
    return credits;
  }

  /** The required modules of a curriculum version, in course order (none without a version). */
  private static List<String> required(Optional<CurriculumVersion> version) {
    return version.map(v -> v.getModules().stream().filter(CurriculumModule::isRequired).map(CurriculumModule::getKey).toList())
        .orElse(List.of());
  }

  /** Whether the case holds a seat or waitlist place now (a make-up waits until it does not). */
  public boolean hasCurrentSeat(StaffScope scope, long referralId) {
    return sessions.current(scope.programId(), referralId).isPresent();
  }

  /** The progress with module titles, for the case page. */
  public Progress progressView(StaffScope scope, long referralId, String language) {
    cases.requireVisible(referralId, scope);
    List<Attendance> days = attendances(scope, referralId);
    Optional<CurriculumVersion> version = firstVersion(scope, referralId, days);
    ModuleProgress p = ModuleProgress.fromCredit(required(version), credits(scope, days));
    Map<String, String> titles = version.map(v -> curriculum.moduleTitles(v, language)).orElse(Map.of());
    return new Progress(p.required(), p.required().stream().filter(p.attended()::contains).toList(), p.remaining(), titles);
  }

  private List<AgendaSlot> covered(StaffScope scope, Enrollment makeUp, List<AgendaSlot> slots) {
    List<Attendance> earlier = attendances(scope, makeUp.getReferralId()).stream().filter(a -> a.getEnrollmentId() != makeUp.getId()).toList();
    Set<String> remaining = Set.copyOf(
        ModuleProgress.fromCredit(required(firstVersion(scope, makeUp.getReferralId(), earlier)), credits(scope, earlier)).remaining());
    return slots.stream().filter(x -> remaining.contains(x.moduleKey())).toList();
  }

  private List<Attendance> attendances(StaffScope scope, long referralId) {
    return em.createQuery("select a from Attendance a where a.referralId = :r and a.programId = :p order by a.createdAt, a.id", Attendance.class)
        .setParameter("r", referralId).setParameter("p", scope.programId()).getResultList();
  }

  /** The curriculum of the case's first class day, or of its current seat when it has had none. */
  private Optional<CurriculumVersion> firstVersion(StaffScope scope, long referralId, List<Attendance> days) {
    if (!days.isEmpty()) {
      return sessions.find(scope.programId(), days.get(0).getSessionId()).map(ClassSession::getCurriculumVersion);
    }
    return sessions.ofCase(scope.programId(), referralId).stream()
        .filter(e -> e.getStatus() == EnrollmentStatus.ENROLLED || e.getStatus() == EnrollmentStatus.ATTENDED
            || e.getStatus() == EnrollmentStatus.NO_SHOW)
        .reduce((newer, older) -> older).map(e -> e.getSession().getCurriculumVersion());
  }

  private static Participant participant(Enrollment e, CaseForEnrollment c, Attendance a, List<AgendaSlot> covered, ClassSession s, int grace,
      LocalTime upTo) {
    Map<String, Boolean> modules = new LinkedHashMap<>();
    if (a == null) {
      covered.forEach(x -> modules.put(x.moduleKey(), null));
    } else {
      Map<String, Boolean> credit = a.credit(AgendaSlot.of(s), s.getStart(), s.getEnd(), grace, upTo);
      for (ModuleAttendance m : a.getModules()) {
        boolean toCome = a.getStatus().came()
            && covered.stream().anyMatch(x -> x.moduleKey().equals(m.getModuleKey()) && Attendance.toCome(x, upTo));
        modules.put(m.getModuleKey(), toCome ? null : credit.get(m.getModuleKey()));
      }
    }
    return new Participant(c.id(), e.getId(), c.fullName(), c.courtCaseNumber(), c.preferredLanguage(), e.isMakeup(), e.getStatus(),
        a == null ? null : a.getStatus(), a != null && a.isIdVerified(), a == null ? null : a.getArrivedAt(),
        a == null ? null : a.getDepartedAt(), modules, a == null ? null : a.getRemarks());
  }

  private ClassSession session(StaffScope scope, long sessionId) {
    return sessions.find(scope.programId(), sessionId).orElseThrow(() -> new NotFoundException("No session " + sessionId + "."));
  }

  /**
   * Why attendance cannot be taken on this day where the program is (null while it can): the session is cancelled or
   * still to come, or its roster is closed (a coordinator or an admin still corrects it).
   */
  private Phrase closedWhy(StaffScope scope, ClassSession s, RosterClosing closed) {
    if (s.getStatus() == SessionStatus.CANCELLED) {
      return Phrase.of("attendance.closed.cancelled", s.getDate());
    }
    if (s.getDate().isAfter(time.today(scope.programId()))) {
      return Phrase.of("attendance.closed.notYet", s.getDate());
    }
    if (closed != null && scope.role() == Role.FACILITATOR) {
      return Phrase.of("attendance.closed.closed", s.getDate());
    }
    return null;
  }

  private int grace(StaffScope scope) {
    return em.find(Program.class, scope.programId()).getAttendanceGraceMinutes();
  }
}
