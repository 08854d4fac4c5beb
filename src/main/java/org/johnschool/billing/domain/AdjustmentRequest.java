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
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.Phrase;

/**
 * An adjustment beyond what one person enters alone (above the program's limit, or one that leaves a credit): it
 * waits until an admin other than the requester approves it, which posts the ADJUSTMENT entry, or rejects it with a
 * note. The four eyes are the same as a waiver's ({@link WaiverRequest#decidableBy}).
 */
@Entity
@Audited
@Table(name = "adjustment_request")
public class AdjustmentRequest extends AuditedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "adjustment_request_seq")
  @SequenceGenerator(name = "adjustment_request_seq", sequenceName = "adjustment_request_seq", allocationSize = 50)
  private Long id;

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(name = "referral_id", nullable = false, updatable = false)
  private long referralId;

  /** The effect on the balance: positive raises what is owed, negative lowers it. */
  @Column(nullable = false, updatable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(nullable = false, updatable = false, length = 1000)
  private String reason;

  @Column(name = "requested_by", nullable = false, updatable = false, length = 100)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private WaiverRequest.Status status = WaiverRequest.Status.REQUESTED;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note", length = 1000)
  private String decisionNote;

  @Column(name = "entry_id")
  private Long entryId;

  protected AdjustmentRequest() {}

  /** Asks for the adjustment the entry would post (its amount and reason are checked by {@link AccountEntry#adjustment}). */
  public AdjustmentRequest(AccountEntry adjustment, String requestedBy, Instant at) {
    if (adjustment.getType() != EntryType.ADJUSTMENT) {
      throw new IllegalArgumentException("not an adjustment: " + adjustment.getType());
    }
    this.programId = adjustment.getProgramId();
    this.referralId = adjustment.getReferralId();
    this.amount = adjustment.getEffect().amount();
    this.reason = adjustment.getReason();
    this.requestedBy = Objects.requireNonNull(requestedBy);
    this.requestedAt = Objects.requireNonNull(at);
  }

  /** Approves it: the entry to post, entered by the approving admin on the program's {@code today}. */
  public AccountEntry approve(String admin, String note, LocalDate today, Instant at) {
    requireOpen(admin);
    decide(WaiverRequest.Status.APPROVED, admin, note, at);
    return AccountEntry.adjustment(programId, referralId, getAmount(), "Adjustment requested by " + requestedBy + ": " + reason, admin,
        today, at);
  }

  /** Records the ledger entry the approval posted. */
  public void posted(AccountEntry entry) {
    entryId = Objects.requireNonNull(entry.getId());
  }

  public void reject(String admin, String note, Instant at) {
    requireOpen(admin);
    if (note == null || note.isBlank()) {
      throw new InvalidInputException("note", Phrase.of("adjustment.refusal.reason"));
    }
    decide(WaiverRequest.Status.REJECTED, admin, note, at);
  }

  private void requireOpen(String admin) {
    WaiverRequest.requireDecidable(status, requestedBy, admin, "adjustment");
  }

  private void decide(WaiverRequest.Status next, String admin, String note, Instant at) {
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

  public Money getAmount() {
    return new Money(amount);
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

  public WaiverRequest.Status getStatus() {
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

  public Long getEntryId() {
    return entryId;
  }
}
