package org.johnschool.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.johnschool.platform.AuditedEntity;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.InvalidTransitionException;

/**
 * A hardship waiver, full or partial: a coordinator asks with a reason; an admin other than the requester
 * approves (posting a WAIVER entry) or rejects it. Its status never holds up enrollment.
 */
@Entity
@Audited
@Table(name = "waiver_request")
public class WaiverRequest extends AuditedEntity {

  public enum Status {
    REQUESTED,
    APPROVED,
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waiver_request_seq")
  @SequenceGenerator(name = "waiver_request_seq", sequenceName = "waiver_request_seq", allocationSize = 50)
  private Long id;

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(name = "referral_id", nullable = false, updatable = false)
  private long referralId;

  @Column(name = "full_waiver", nullable = false, updatable = false)
  private boolean fullWaiver;

  @Column(precision = 12, scale = 2, updatable = false)
  private BigDecimal amount;

  @Column(nullable = false, updatable = false, length = 1000)
  private String reason;

  @Column(name = "requested_by", nullable = false, updatable = false, length = 100)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status = Status.REQUESTED;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note", length = 1000)
  private String decisionNote;

  @Column(name = "waiver_entry_id")
  private Long waiverEntryId;

  protected WaiverRequest() {}

  /** A request for the whole balance ({@code amount} null) or part of it. */
  public WaiverRequest(long programId, long referralId, Money amount, String reason, String requestedBy, Instant at) {
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      throw new InvalidInputException("reason", Phrase.of("waiver.reason"));
    }
    if (amount != null && !amount.isPositive()) {
      throw new InvalidInputException("amount", Phrase.of("waiver.partial.positive"));
    }
    this.programId = programId;
    this.referralId = referralId;
    this.fullWaiver = amount == null;
    this.amount = amount == null ? null : amount.amount();
    this.reason = reason.trim();
    this.requestedBy = Objects.requireNonNull(requestedBy);
    this.requestedAt = Objects.requireNonNull(at);
  }

  /**
   * Approves the request against the current balance: a full waiver forgives the whole balance, a partial
   * one its amount (never more than is owed). The approver may not be the requester; the waiver is entered on
   * {@code today} (the program's day) at {@code at}.
   */
  public AccountEntry approve(String admin, String note, Money balance, LocalDate today, Instant at) {
    requireOpen(admin);
    if (!balance.isPositive()) {
      throw new InvalidTransitionException(Phrase.of("waiver.nothingOwed"));
    }
    Money waived = fullWaiver ? balance : new Money(amount);
    if (waived.compareTo(balance) > 0) {
      throw new InvalidTransitionException(Phrase.of("waiver.moreThanBalance", waived, balance));
    }
    decide(Status.APPROVED, admin, note, at);
    return AccountEntry.waiver(programId, referralId, waived, "Hardship waiver requested by " + requestedBy + ": " + reason, admin, today,
        at);
  }

  /** Records the ledger entry an approval posted. */
  public void posted(AccountEntry entry) {
    waiverEntryId = Objects.requireNonNull(entry.getId());
  }

  public void reject(String admin, String note, Instant at) {
    requireOpen(admin);
    if (note == null || note.isBlank()) {
      throw new InvalidInputException("note", Phrase.of("waiver.refusal.reason"));
    }
    decide(Status.REJECTED, admin, note, at);
  }

  /** Whether this admin may decide the request: it is still requested and someone else asked for it (four eyes). */
  public static boolean decidableBy(Status status, String requestedBy, String admin) {
    return status == Status.REQUESTED && !requestedBy.equals(admin);
  }

  private void requireOpen(String admin) {
    requireDecidable(status, requestedBy, admin, "waiver");
  }

  /**
   * Refuses a decision {@link #decidableBy} does not allow, in the words of the request's kind ({@code "waiver"},
   * {@code "adjustment"}: its {@code .decided} and {@code .fourEyes} phrases). Shared by every request an admin decides.
   */
  static void requireDecidable(Status status, String requestedBy, String admin, String kind) {
    if (status != Status.REQUESTED) {
      throw new InvalidTransitionException(Phrase.of(kind + ".decided", status.name().toLowerCase()));
    }
    if (requestedBy.equals(admin)) {
      throw new InvalidTransitionException(Phrase.of(kind + ".fourEyes"));
    }
  }

  private void decide(Status next, String admin, String note, Instant at) {
    status = next;
    decidedBy = admin;
    decidedAt = Objects.requireNonNull(at);
    decisionNote = note == null || note.isBlank() ? null : note.trim();
  }

  public Long getId() {
    return id;
  }

  public long getProgramId() {
    return programId;
  }

  public long getReferralId() {
    return referralId;
  }

  public boolean isFullWaiver() {
    return fullWaiver;
  }

  public Money getAmount() {
    return amount == null ? null : new Money(amount);
  }

  public String getReason() {
    return reason;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Status getStatus() {
    return status;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public Long getWaiverEntryId() {
    return waiverEntryId;
  }
}
