package org.johnschool.classday.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.johnschool.platform.AuditedEntity;

/**
 * A session's roster closed: by the facilitator at the end of the day, or by the application an hour after the
 * session's end. From then on those still there have left at the end and the day is credited as it happened;
 * only a coordinator or an admin corrects it.
 */
@Entity
@Audited
@Table(name = "roster_closing")
public class RosterClosing extends AuditedEntity {

  /** How long after a session's end the application closes a roster nobody closed. */
  public static final java.time.Duration AUTOMATIC_AFTER = java.time.Duration.ofHours(1);

  @Id
  @Column(name = "session_id")
  private Long sessionId;

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(name = "closed_at", nullable = false, updatable = false)
  private Instant closedAt;

  @Column(name = "closed_by", nullable = false, updatable = false, length = 100)
  private String closedBy;

  @Column(nullable = false, updatable = false)
  private boolean automatic;

  protected RosterClosing() {}

  public RosterClosing(long sessionId, long programId, Instant at, String by, boolean automatic) {
    this.sessionId = sessionId;
    this.programId = programId;
    this.closedAt = Objects.requireNonNull(at);
    this.closedBy = Objects.requireNonNull(by);
    this.automatic = automatic;
  }

  public long getSessionId() {
    return sessionId;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public boolean isAutomatic() {
    return automatic;
  }
}
