package org.johnschool.linkage.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hibernate.envers.Audited;
import org.johnschool.platform.AuditedEntity;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.InvalidTransitionException;

/**
 * A pair of an arrest record and a program person found by a linkage run (written in bulk by the run). A person
 * reviewing it confirms or rejects it with a note; every decision is audited. Only pairs waiting for review, or
 * linked automatically, can be decided.
 */
@Entity
@Audited
@Table(name = "arrest_link")
public class ArrestLink extends AuditedEntity {

  public enum State { LINKED, REVIEW, CONFIRMED, REJECTED }

  @Id
  private Long id;

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(name = "arrest_record_id", nullable = false, updatable = false)
  private long arrestRecordId;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Column(nullable = false, updatable = false, length = 12)
  private String method;

  @Column(nullable = false, updatable = false, precision = 7, scale = 3)
  private BigDecimal score;

  @Column(nullable = false, updatable = false)
  private String evidence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private State state;

  @Column(nullable = false, updatable = false)
  private boolean ambiguous;

  @Column(name = "run_id", nullable = false, updatable = false)
  private long runId;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note", length = 500)
  private String decisionNote;

  protected ArrestLink() {}

  /** The reviewer says (at {@code at}) the two records are one person. */
  public void confirm(String by, String note, Instant at) {
    decide(State.CONFIRMED, by, note, at);
  }

  /** The reviewer says (at {@code at}) they are two people: the pair is never proposed again. */
  public void reject(String by, String note, Instant at) {
    decide(State.REJECTED, by, note, at);
  }

  private void decide(State to, String by, String note, Instant at) {
    if (state != State.REVIEW && state != State.LINKED) {
      throw new InvalidTransitionException("This pair was already decided (" + state + ").");
    }
    if (note != null && note.length() > 500) {
      throw new InvalidInputException(List.of(new FieldError("note", Phrase.of("link.note"))));
    }
    this.state = to;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionNote = note == null || note.isBlank() ? null : note.trim();
  }

  public Long getId() {
    return id;
  }

  public long getProgramId() {
    return programId;
  }

  public long getArrestRecordId() {
    return arrestRecordId;
  }

  public long getPersonId() {
    return personId;
  }

  public String getMethod() {
    return method;
  }

  public BigDecimal getScore() {
    return score;
  }

  public String getEvidence() {
    return evidence;
  }

  public State getState() {
    return state;
  }

  public boolean isAmbiguous() {
    return ambiguous;
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
}
