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

  public record Roster(long sessionId, LocalDate date, LocalTime start, LocalTime end, String language, String venue, int graceMinutes,
      boolean open, String closedWhy, List<ModuleLine> modules, List<Participant> participants,
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
    List<Participant> lines = new ArrayList<>();
    for (Enrollment e : seats) {
      CaseForEnrollment c = facts.get(e.getReferralId());
      if (c == null) {
        continue;
      }
      lines.add(participant(e, c, taken.get(e.getId()), e.isMakeup() ? covered(scope, e, slots) : slots));
    }
    lines.sort(java.util.Comparator.comparing(Participant::name, String.CASE_INSENSITIVE_ORDER));
    Phrase closedWhy = closedWhy(s, time.today(scope.programId()));
    return new Roster(s.getId(), s.getDate(), s.getStart(), s.getEnd(), s.getLanguage(), s.getVenue().getName(), grace(scope),
        closedWhy == null, closedWhy == null ? null : closedWhy.english(),
        slots.stream().map(x -> new ModuleLine(x.moduleKey(), titles.getOrDefault(x.moduleKey(), x.moduleKey()), x.required(), x.start(),
            x.end())).toList(),
        lines, closedWhy);
  }

  /** Records one participant's day (check-in, departure, modules, or absence) and returns the roster line. */
  public Participant record(StaffScope scope, long sessionId, long referralId, Attendance.Entry entry) {
    ClassSession s = session(scope, sessionId);
    Phrase closed = closedWhy(s, time.today(scope.programId()));
    if (closed != null) {
      throw new InvalidTransitionException(closed);
    }
    CaseForEnrollment c = cases.lockCase(referralId, scope);
    Enrollment seat = sessions.seats(sessionId).stream().filter(e -> e.getReferralId() == referralId).findFirst()
        .orElseThrow(() -> new NotFoundException("Case " + referralId + " has no seat in the session of " + s.getDate() + "."));
    List<AgendaSlot> slots = AgendaSlot.of(s);
    Attendance a = em.createQuery("select a from Attendance a where a.enrollmentId = :e", Attendance.class)
        .setParameter("e", seat.getId()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
    List<AgendaSlot> covered = seat.isMakeup() ? covered(scope, seat, slots) : slots;
    if (a == null) {
      a = new Attendance(scope.programId(), seat.getId(), sessionId, referralId, covered);
      a.record(entry, covered, s.getStart(), s.getEnd(), grace(scope), scope.username());
      em.persist(a);
    } else {
      a.record(entry, covered, s.getStart(), s.getEnd(), grace(scope), scope.username());
    }
    seat.attendanceTaken(a.getStatus().came());
    em.flush();
    recorded.fire(new ClassDayRecorded(scope, referralId));
    return participant(seat, c, a, covered);
  }

  /** The case's required modules (of the curriculum it was first taught with) and what it attended. */
  public ModuleProgress progress(StaffScope scope, long referralId) {
    List<Attendance> days = attendances(scope, referralId);
    return ModuleProgress.of(required(firstVersion(scope, referralId, days)), days);
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
    ModuleProgress p = ModuleProgress.of(required(version), days);
    Map<String, String> titles = version.map(v -> curriculum.moduleTitles(v, language)).orElse(Map.of());
    return new Progress(p.required(), p.required().stream().filter(p.attended()::contains).toList(), p.remaining(), titles);
  }

  private List<AgendaSlot> covered(StaffScope scope, Enrollment makeUp, List<AgendaSlot> slots) {
    List<Attendance> earlier = attendances(scope, makeUp.getReferralId()).stream().filter(a -> a.getEnrollmentId() != makeUp.getId()).toList();
    Set<String> remaining = Set.copyOf(ModuleProgress.of(required(firstVersion(scope, makeUp.getReferralId(), earlier)), earlier).remaining());
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

  private static Participant participant(Enrollment e, CaseForEnrollment c, Attendance a, List<AgendaSlot> covered) {
    Map<String, Boolean> modules = new LinkedHashMap<>();
    if (a == null) {
      covered.forEach(x -> modules.put(x.moduleKey(), null));
    } else {
      for (ModuleAttendance m : a.getModules()) {
        modules.put(m.getModuleKey(), m.isAttended());
      }
    }
    return new Participant(c.id(), e.getId(), c.fullName(), c.courtCaseNumber(), c.preferredLanguage(), e.isMakeup(), e.getStatus(),
        a == null ? null : a.getStatus(), a != null && a.isIdVerified(), a == null ? null : a.getArrivedAt(),
        a == null ? null : a.getDepartedAt(), modules, a == null ? null : a.getRemarks());
  }

  private ClassSession session(StaffScope scope, long sessionId) {
    return sessions.find(scope.programId(), sessionId).orElseThrow(() -> new NotFoundException("No session " + sessionId + "."));
  }

  /** Why attendance cannot be taken on this day where the program is (null while it can). */
  private static Phrase closedWhy(ClassSession s, LocalDate today) {
    if (s.getStatus() == SessionStatus.CANCELLED) {
      return Phrase.of("attendance.closed.cancelled", s.getDate());
    }
    if (s.getDate().isAfter(today)) {
      return Phrase.of("attendance.closed.notYet", s.getDate());
    }
    return null;
  }

  private int grace(StaffScope scope) {
    return em.find(Program.class, scope.programId()).getAttendanceGraceMinutes();
  }
}
