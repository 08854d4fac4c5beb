package org.johnschool.completion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.johnschool.platform.AuditedEntity;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.InvalidTransitionException;
import org.johnschool.platform.Phrase;

/**
 * A completion waiting for a coordinator (when the program asks for it): the case's rule held on the day it became
 * ready; a coordinator confirms it (the case completes, certificate and letter) or sends it back with a reason. It is
 * withdrawn when the rule stops holding before anyone decided.
 */
@Entity
@Audited
@Table(name = "completion_review")
public class CompletionReview extends AuditedEntity {

  public enum Status {
    WAITING,
    CONFIRMED,
    SENT_BACK,
    WITHDRAWN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "completion_review_seq")
  @SequenceGenerator(name = "completion_review_seq", sequenceName = "completion_review_seq", allocationSize = 50)
  private Long id;

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(name = "referral_id", nullable = false, updatable = false)
  private long referralId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status = Status.WAITING;

  @Column(name = "ready_on", nullable = false, updatable = false)
  private LocalDate readyOn;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(length = 2000)
  private String reason;

  protected CompletionReview() {}

  public CompletionReview(long programId, long referralId, LocalDate readyOn) {
    this.programId = programId;
    this.referralId = referralId;
    this.readyOn = Objects.requireNonNull(readyOn);
  }

  /** The coordinator confirms: the case completes. */
  public void confirm(String by, Instant at) {
    requireWaiting();
    status = Status.CONFIRMED;
    decidedBy = Objects.requireNonNull(by);
    decidedAt = Objects.requireNonNull(at);
  }

  /** The coordinator sends it back with the reason (what is to be put right); the case stays enrolled. */
  public void sendBack(String why, String by, Instant at) {
    if (why == null || why.isBlank() || why.length() > 2000) {
      throw new InvalidInputException("reason", Phrase.of("completion.review.reason"));
    }
    requireWaiting();
    status = Status.SENT_BACK;
    reason = why.strip();
    decidedBy = Objects.requireNonNull(by);
    decidedAt = Objects.requireNonNull(at);
  }

  /** The rule no longer holds (a charge, a voided payment, a corrected day): nobody needs to decide. */
  public void withdraw(Instant at) {
    requireWaiting();
    status = Status.WITHDRAWN;
    decidedBy = "rule";
    decidedAt = Objects.requireNonNull(at);
  }

  private void requireWaiting() {
    if (status != Status.WAITING) {
      throw new InvalidTransitionException(Phrase.of("completion.review.decided", status));
    }
  }

  public Long getId() {
    return id;
  }

  public long getReferralId() {
    return referralId;
  }

  public Status getStatus() {
    return status;
  }

  public LocalDate getReadyOn() {
    return readyOn;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getReason() {
    return reason;
  }
}
