package org.johnschool.scheduling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.johnschool.platform.AuditedEntity;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.InvalidTransitionException;
import org.johnschool.program.domain.Program;

/**
 * A case's place in a session: a seat (ENROLLED) or a place in the waitlist. It ends when cancelled or
 * moved to another session (a new enrollment then counts one more reschedule). The caller says when each step
 * happens ({@code at}, from the application's clock).
 */
@Entity
@Audited
public class Enrollment extends AuditedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrollment_seq")
  @SequenceGenerator(name = "enrollment_seq", sequenceName = "enrollment_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id", updatable = false)
  private Program program;

  @Column(name = "referral_id", nullable = false, updatable = false)
  private long referralId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", updatable = false)
  private ClassSession session;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EnrollmentStatus status;

  @Column(name = "reschedule_count", nullable = false, updatable = false)
  private int rescheduleCount;

  @Column(length = 1000)
  private String reason;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(nullable = false, updatable = false)
  private boolean makeup;

  protected Enrollment() {}

  private Enrollment(ClassSession session, long referralId, EnrollmentStatus status, int rescheduleCount, String reason, Instant at) {
    this.session = Objects.requireNonNull(session);
    this.program = session.getProgram();
    this.referralId = referralId;
    this.status = status;
    this.rescheduleCount = rescheduleCount;
    this.reason = reason;
    this.joinedAt = Objects.requireNonNull(at);
  }

  /** A seat in a session; the session must have given the seat ({@link ClassSession#takeSeat}). */
  public static Enrollment seat(ClassSession session, long referralId, Instant at) {
    return new Enrollment(session, referralId, EnrollmentStatus.ENROLLED, 0, null, at);
  }

  /**
   * A seat in a later session to make up the modules missed, counting one more reschedule than the case's
   * latest enrollment; the session must have given the seat.
   */
  public static Enrollment makeUp(ClassSession session, Enrollment latest, String why, Instant at) {
    if (latest.status != EnrollmentStatus.ATTENDED && latest.status != EnrollmentStatus.NO_SHOW) {
      throw new InvalidTransitionException(Phrase.of("enrollment.makeUp.needsClassDay"));
    }
    Enrollment e = new Enrollment(session, latest.referralId, EnrollmentStatus.ENROLLED, latest.rescheduleCount + 1, reason(why), at);
    e.makeup = true;
    return e;
  }

  /** The class day's attendance was taken at {@code at}: the enrollment ends as ATTENDED or NO_SHOW (the seat stays used). */
  public void attendanceTaken(boolean came, Instant at) {
    if (status != EnrollmentStatus.ENROLLED && status != EnrollmentStatus.ATTENDED && status != EnrollmentStatus.NO_SHOW) {
      throw new InvalidTransitionException("Attendance is taken for a seat (this enrollment is " + status + ").");
    }
    status = came ? EnrollmentStatus.ATTENDED : EnrollmentStatus.NO_SHOW;
    endedAt = endedAt == null ? at : endedAt;
  }

  /** A place at the end of a full session's waitlist. */
  public static Enrollment waitlist(ClassSession session, long referralId, Instant at) {
    return new Enrollment(session, referralId, EnrollmentStatus.WAITLISTED, 0, null, at);
  }

  /** The seat in another session this enrollment is moved to, counting one more reschedule. */
  public Enrollment moveTo(ClassSession other, String why, Instant at) {
    requireStatus(EnrollmentStatus.ENROLLED, "Only an enrolled case can be moved to another session.");
    String r = reason(why);
    end(EnrollmentStatus.MOVED, r, at);
    Enrollment moved = new Enrollment(other, referralId, EnrollmentStatus.ENROLLED, rescheduleCount + 1, r, at);
    moved.makeup = makeup;
    return moved;
  }

  /** A waitlisted case takes the seat that came free. */
  public void promote() {
    requireStatus(EnrollmentStatus.WAITLISTED, "Only a waitlisted case can be given a seat.");
    status = EnrollmentStatus.ENROLLED;
  }

  public void cancel(String why, Instant at) {
    if (!status.isCurrent()) {
      throw new InvalidTransitionException("This enrollment has already ended (" + status + ").");
    }
    end(EnrollmentStatus.CANCELLED, reason(why), at);
  }

  private void end(EnrollmentStatus next, String why, Instant at) {
    status = next;
    reason = why;
    endedAt = Objects.requireNonNull(at);
  }

  private void requireStatus(EnrollmentStatus expected, String message) {
    if (status != expected) {
      throw new InvalidTransitionException(message + " (this one is " + status + ").");
    }
  }

  private static String reason(String why) {
    if (why == null || why.isBlank() || why.length() > 1000) {
      throw new InvalidInputException("reason", Phrase.of("enrollment.reason"));
    }
    return why.trim();
  }

  public Long getId() {
    return id;
  }

  public long getReferralId() {
    return referralId;
  }

  public ClassSession getSession() {
    return session;
  }

  public EnrollmentStatus getStatus() {
    return status;
  }

  public int getRescheduleCount() {
    return rescheduleCount;
  }

  public String getReason() {
    return reason;
  }

  public Instant getJoinedAt() {
    return joinedAt;
  }

  public boolean isMakeup() {
    return makeup;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
