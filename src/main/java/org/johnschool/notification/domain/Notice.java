package org.johnschool.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** One notice to one participant, as written (subject and body in the participant's language). */
@Entity
@Audited
public class Notice {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
  @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
  private Long id;

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(name = "referral_id", updatable = false)
  private Long referralId;

  @Column(name = "session_id", updatable = false)
  private Long sessionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private NoticeKind kind;

  @Column(updatable = false, length = 200)
  private String recipient;

  @Column(nullable = false, updatable = false, length = 8)
  private String language;

  @Column(nullable = false, updatable = false, length = 300)
  private String subject;

  @Column(nullable = false, updatable = false, columnDefinition = "text")
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Delivery delivery;

  protected Notice() {}

  public Notice(long programId, Long referralId, Long sessionId, NoticeKind kind, String recipient, String language, String subject,
      String body, boolean mailing, Instant at) {
    this.programId = programId;
    this.referralId = referralId;
    this.sessionId = sessionId;
    this.kind = kind;
    this.recipient = recipient == null || recipient.isBlank() ? null : recipient.trim();
    this.language = language;
    this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
    this.body = body;
    this.createdAt = at;
    this.delivery = !mailing ? Delivery.OUTBOX_ONLY : this.recipient == null ? Delivery.NO_ADDRESS : Delivery.PENDING;
  }

  public void sent(Instant at) {
    delivery = Delivery.SENT;
    sentAt = at;
  }

  public void failed() {
    delivery = Delivery.FAILED;
  }

  public Long getId() {
    return id;
  }

  public long getProgramId() {
    return programId;
  }

  public Long getReferralId() {
    return referralId;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public NoticeKind getKind() {
    return kind;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getLanguage() {
    return language;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Delivery getDelivery() {
    return delivery;
  }
}
