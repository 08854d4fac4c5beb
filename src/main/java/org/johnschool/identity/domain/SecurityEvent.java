package org.johnschool.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.johnschool.platform.ServerNode;

/**
 * One audited security event (CJIS AU-3: type, time, place/source, outcome, identity). Written once,
 * never changed: the class offers no way to.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

  /** What happened. */
  public enum Type {
    LOGIN,
    LOGOUT,
    ACCOUNT_LOCKED,
    ACCOUNT_RELEASED,
    PASSWORD_CHANGED,
    SESSION_EXPIRED,
    /** Data left the system in bulk (an export for evaluators). */
    EXPORT,
    /** Two-step sign-in set up (an authenticator app confirmed with a code). */
    SECOND_FACTOR_ENROLLED,
    /** An admin cleared an account's second factor (lost phone). */
    SECOND_FACTOR_RESET,
    /** A one-time code or recovery code at sign-in. */
    SECOND_FACTOR,
    RECOVERY_CODES_MADE,
    API_TOKEN_ISSUED,
    API_TOKEN_REVOKED,
    /** An admin read a sealed identity (with a reason, also kept in sealed_record_access). */
    SEALED_RECORD_READ,
    /** Someone searched the audit trail itself (CJIS AU-9: access to audit information is audited). */
    AUDIT_READ,
    /** An admin moved the application's clock (demo and test mode only). */
    CLOCK_MOVED
  }

  /** Whether it succeeded. */
  public enum Outcome {
    SUCCESS,
    FAILURE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "event_type", nullable = false, updatable = false, length = 40)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Type type;

  @Column(updatable = false, length = 100)
  private String username;

  @Column(nullable = false, updatable = false, length = 20)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Outcome outcome;

  @Column(name = "source_address", updatable = false, length = 64)
  private String sourceAddress;

  @Column(updatable = false, length = 500)
  private String detail;

  @Column(name = "program_id", updatable = false)
  private Long programId;

  /** Where it was recorded (AU-3 "place"): the server node. */
  @Column(updatable = false, length = 100)
  private String node;

  /** What it concerned: a case, an export, an account. */
  @Column(updatable = false, length = 200)
  private String subject;

  protected SecurityEvent() {}

  public SecurityEvent(Type type, String username, Outcome outcome, String sourceAddress, String detail) {
    this.occurredAt = Instant.now();
    this.node = ServerNode.NAME;
    this.type = type;
    this.username = username == null ? null : truncate(username, 100);
    this.outcome = outcome;
    this.sourceAddress = sourceAddress == null ? null : truncate(sourceAddress, 64);
    this.detail = detail == null ? null : truncate(detail, 500);
  }

  /** The program of the person it concerns, and what it concerned (set before it is stored). */
  public SecurityEvent about(Long programId, String subject) {
    this.programId = programId;
    this.subject = subject == null ? null : truncate(subject, 200);
    return this;
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public Type getType() {
    return type;
  }

  public String getUsername() {
    return username;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getSourceAddress() {
    return sourceAddress;
  }

  public String getDetail() {
    return detail;
  }

  public Long getProgramId() {
    return programId;
  }

  public String getNode() {
    return node;
  }

  public String getSubject() {
    return subject;
  }
}
