package org.johnschool.referral.domain;

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
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One step of a case's lifecycle, kept for the court's feed and weekly report; written once, never changed. */
@Entity
@Immutable
@Table(name = "referral_status_change")
public class StatusChange {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_status_change_seq")
  @SequenceGenerator(name = "referral_status_change_seq", sequenceName = "referral_status_change_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "referral_id", updatable = false)
  private Referral referral;

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(name = "court_id", nullable = false, updatable = false)
  private long courtId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 30, updatable = false)
  private ReferralStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 30, updatable = false)
  private ReferralStatus to;

  @Column(length = 4000, updatable = false)
  private String reason;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  /** STATUS for a lifecycle step, DISPOSITION for the court's final disposition (the status may stay). */
  @Column(nullable = false, updatable = false, length = 12)
  private String kind = "STATUS";

  protected StatusChange() {}

  StatusChange(Referral referral, ReferralStatus from, ReferralStatus to, String reason, Instant at) {
    this.referral = referral;
    this.from = from;
    this.to = to;
    this.reason = reason;
    this.changedAt = java.util.Objects.requireNonNull(at);
  }

  /** The program and court are copied from the case when the change is stored (a new case has no ids before). */
  @jakarta.persistence.PrePersist
  void copyCaseScope() {
    programId = referral.getProgram().getId();
    courtId = referral.getCourt().getId();
  }

  static StatusChange disposition(Referral referral, ReferralStatus from, ReferralStatus to, String text, Instant at) {
    StatusChange c = new StatusChange(referral, from, to, text, at);
    c.kind = "DISPOSITION";
    return c;
  }

  public String getKind() {
    return kind;
  }

  public Long getId() {
    return id;
  }

  /** The case whose status changed. */
  public Referral getReferral() {
    return referral;
  }

  public long getProgramId() {
    return programId;
  }

  public long getCourtId() {
    return courtId;
  }

  public ReferralStatus getFrom() {
    return from;
  }

  public ReferralStatus getTo() {
    return to;
  }

  public String getReason() {
    return reason;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
