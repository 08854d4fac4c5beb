package org.johnschool.classday.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.johnschool.platform.AuditedEntity;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.InvalidInputException;

/**
 * One participant's class day: checked in with ID verified at an arrival time, a departure time, a status
 * and which of the day's modules were attended. Times decide the status and the modules missed (by
 * {@link AttendanceRule}); the facilitator may mark a module missed or attended against the clock (e.g.
 * someone stepped out; the mark stays through later saves), and may record ABSENT or EXCUSED.
 *
 * <p>A module counts as attended only once it has ended and the participant was there through it: the day is
 * judged "up to" a time of day ({@link #credit}), the end of the day once it is over. Nobody is credited for a
 * module that has not happened yet, whatever is typed, and no time after now is taken. Closing the roster gives
 * those still there their departure at the session's end.
 */
@Entity
@Audited
@Table(name = "attendance")
public class Attendance extends AuditedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_seq")
  @SequenceGenerator(name = "attendance_seq", sequenceName = "attendance_seq", allocationSize = 50)
  private Long id;

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(name = "enrollment_id", nullable = false, updatable = false)
  private long enrollmentId;

  @Column(name = "session_id", nullable = false, updatable = false)
  private long sessionId;

  @Column(name = "referral_id", nullable = false, updatable = false)
  private long referralId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private AttendanceStatus status;

  @Column(name = "id_verified", nullable = false)
  private boolean idVerified;

  @Column(name = "arrived_at")
  private LocalTime arrivedAt;

  @Column(name = "departed_at")
  private LocalTime departedAt;

  @Column(length = 1000)
  private String remarks;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @OneToMany(mappedBy = "attendance", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<ModuleAttendance> modules = new ArrayList<>();

  protected Attendance() {}

  /** A participant's line of the day, for the modules this seat covers (all of the day, or a make-up's part). */
  public Attendance(long programId, long enrollmentId, long sessionId, long referralId, List<AgendaSlot> slots) {
    this.programId = programId;
    this.enrollmentId = enrollmentId;
    this.sessionId = sessionId;
    this.referralId = referralId;
    this.status = AttendanceStatus.ABSENT;
    for (AgendaSlot slot : slots) {
      modules.add(new ModuleAttendance(this, slot.moduleKey(), slot.required(), false));
    }
  }

  /** What the facilitator records; a null status means "judge by the clock" (arrival required then). */
  public record Entry(AttendanceStatus status, boolean idVerified, LocalTime arrived, LocalTime departed, Map<String, Boolean> modules,
      String remarks) {}

  /**
   * Records the day. The slots are the modules this seat covers with their clock times; {@code dayStart}
   * and {@code dayEnd} the session's hours; {@code upTo} the time of day the day has reached (see {@link #upTo}):
   * no arrival or departure after it is taken.
   */
  public void record(Entry entry, List<AgendaSlot> slots, LocalTime dayStart, LocalTime dayEnd, int graceMinutes, String by,
      LocalTime upTo) {
    List<FieldError> errors = new ArrayList<>();
    boolean absent = entry.status() == AttendanceStatus.ABSENT || entry.status() == AttendanceStatus.EXCUSED;
    if (absent) {
      if (entry.arrived() != null || entry.departed() != null) {
        errors.add(new FieldError("arrived", Phrase.of("attendance.noTimes", entry.status())));
      }
    } else {
      if (entry.arrived() == null) {
        errors.add(new FieldError("arrived", Phrase.of("attendance.arrival")));
      } else if (!entry.arrived().isBefore(dayEnd)) {
        errors.add(new FieldError("arrived", Phrase.of("attendance.arrivalAfterEnd", entry.arrived(), dayEnd)));
      }
      if (!entry.idVerified()) {
        errors.add(new FieldError("idVerified", Phrase.of("attendance.photoId")));
      }
      if (entry.departed() != null && entry.arrived() != null && !entry.departed().isAfter(entry.arrived())) {
        errors.add(new FieldError("departed", Phrase.of("attendance.departure")));
      }
      if (entry.arrived() != null && entry.arrived().isAfter(upTo)) {
        errors.add(new FieldError("arrived", Phrase.of("attendance.notYet", entry.arrived(), upTo.truncatedTo(java.time.temporal.ChronoUnit.MINUTES))));
      }
      if (entry.departed() != null && entry.departed().isAfter(upTo)) {
        errors.add(new FieldError("departed", Phrase.of("attendance.notYet", entry.departed(), upTo.truncatedTo(java.time.temporal.ChronoUnit.MINUTES))));
      }
    }
    if (entry.remarks() != null && entry.remarks().length() > 1000) {
      errors.add(new FieldError("remarks", Phrase.of("attendance.remarks")));
    }
    Map<String, Boolean> marks = entry.modules() == null ? Map.of() : entry.modules();
    Set<String> known = modules.stream().map(ModuleAttendance::getModuleKey).collect(java.util.stream.Collectors.toSet());
    for (String key : marks.keySet()) {
      if (!known.contains(key)) {
        errors.add(new FieldError("modules", Phrase.of("attendance.module.unknown", key)));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    AttendanceStatus judged = entry.status();
    if (!absent && judged == null) {
      judged = AttendanceRule.judge(slots, dayStart, dayEnd, entry.arrived(), entry.departed(), graceMinutes).status();
    }
    this.status = judged;
    this.idVerified = !absent && entry.idVerified();
    this.arrivedAt = absent ? null : entry.arrived();
    this.departedAt = absent ? null : entry.departed();
    this.remarks = entry.remarks() == null || entry.remarks().isBlank() ? null : entry.remarks().trim();
    this.recordedBy = Objects.requireNonNull(by);
    for (ModuleAttendance m : modules) {
      if (marks.containsKey(m.getModuleKey())) {
        m.markAgainstTheClock(marks.get(m.getModuleKey()));
      }
    }
    creditUpTo(slots, dayStart, dayEnd, graceMinutes, upTo);
  }

  /**
   * The roster is closed: someone still there (no departure) leaves at the session's end, and the modules are
   * credited as the whole day happened.
   */
  public void close(List<AgendaSlot> slots, LocalTime dayStart, LocalTime dayEnd, int graceMinutes) {
    if (status.came() && departedAt == null) {
      departedAt = dayEnd;
    }
    creditUpTo(slots, dayStart, dayEnd, graceMinutes, LocalTime.MAX);
  }

  /**
   * Which modules count as attended when the day has reached {@code upTo}: those that have ended by then that the
   * participant was there through (by the clock, or as the facilitator marked them). Nothing for someone absent or
   * excused, nothing for a module still to come. A module whose slot is no longer on the day keeps what it had.
   */
  public Map<String, Boolean> credit(List<AgendaSlot> slots, LocalTime dayStart, LocalTime dayEnd, int graceMinutes, LocalTime upTo) {
    Set<String> missed = status.came() && arrivedAt != null
        ? AttendanceRule.judge(slots, dayStart, dayEnd, arrivedAt, departedAt, graceMinutes).missed() : null;
    Map<String, Boolean> credit = new java.util.LinkedHashMap<>();
    for (ModuleAttendance m : modules) {
      AgendaSlot slot = slots.stream().filter(x -> x.moduleKey().equals(m.getModuleKey())).findFirst().orElse(null);
      if (slot == null) {
        credit.put(m.getModuleKey(), m.isAttended());
        continue;
      }
      boolean there = missed != null && (m.getMarked() != null ? m.getMarked() : !missed.contains(m.getModuleKey()));
      credit.put(m.getModuleKey(), there && !slot.end().isAfter(upTo));
    }
    return credit;
  }

  /** Whether this module of the day is still to end at {@code upTo} (it is neither attended nor missed yet). */
  public static boolean toCome(AgendaSlot slot, LocalTime upTo) {
    return slot.end().isAfter(upTo);
  }

  /**
   * The time of day a session's day has reached at this moment where the program is: nothing before its date, the
   * time of day on it, the end of the day (LocalTime.MAX) after it.
   */
  public static LocalTime upTo(java.time.LocalDate sessionDate, java.time.LocalDateTime now) {
    if (now.toLocalDate().isBefore(sessionDate)) {
      return LocalTime.MIN;
    }
    return now.toLocalDate().isAfter(sessionDate) ? LocalTime.MAX : now.toLocalTime();
  }

  private void creditUpTo(List<AgendaSlot> slots, LocalTime dayStart, LocalTime dayEnd, int graceMinutes, LocalTime upTo) {
    Map<String, Boolean> credit = credit(slots, dayStart, dayEnd, graceMinutes, upTo);
    for (ModuleAttendance m : modules) {
      m.mark(credit.get(m.getModuleKey()));
    }
  }

  public Long getId() {
    return id;
  }

  public long getEnrollmentId() {
    return enrollmentId;
  }

  public long getSessionId() {
    return sessionId;
  }

  public long getReferralId() {
    return referralId;
  }

  public AttendanceStatus getStatus() {
    return status;
  }

  public boolean isIdVerified() {
    return idVerified;
  }

  public LocalTime getArrivedAt() {
    return arrivedAt;
  }

  public LocalTime getDepartedAt() {
    return departedAt;
  }

  public String getRemarks() {
    return remarks;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public List<ModuleAttendance> getModules() {
    return modules;
  }
}
