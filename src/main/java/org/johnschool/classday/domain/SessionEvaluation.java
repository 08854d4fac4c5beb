package org.johnschool.classday.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;

/** One participant's anonymous feedback on a class day: ratings 1 to 5 (overall required) and a comment. Written once. */
@Entity
@Immutable
@Table(name = "session_evaluation")
public class SessionEvaluation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_evaluation_seq")
  @SequenceGenerator(name = "session_evaluation_seq", sequenceName = "session_evaluation_seq", allocationSize = 50)
  private Long id;

  @Column(name = "program_id", nullable = false)
  private long programId;

  @Column(name = "session_id", nullable = false)
  private long sessionId;

  @Column(nullable = false, length = 6)
  private String mode;

  @Column(nullable = false, length = 8)
  private String language;

  @Column(nullable = false)
  private short overall;

  private Short content;

  private Short presenters;

  private Short venue;

  @Column(length = 4000)
  private String comments;

  @Column(name = "entered_by", length = 100)
  private String enteredBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The ratings as given (null where the participant left one out). */
  public record Ratings(Integer overall, Integer content, Integer presenters, Integer venue, String comments) {}

  protected SessionEvaluation() {}

  public SessionEvaluation(long programId, long sessionId, boolean kiosk, String language, Ratings r, String enteredBy, Instant at) {
    List<FieldError> errors = new ArrayList<>();
    if (r == null || r.overall() == null) {
      errors.add(new FieldError("overall", Phrase.of("evaluation.overall")));
    }
    check("overall", r == null ? null : r.overall(), errors);
    check("content", r == null ? null : r.content(), errors);
    check("presenters", r == null ? null : r.presenters(), errors);
    check("venue", r == null ? null : r.venue(), errors);
    if (r != null && r.comments() != null && r.comments().length() > 4000) {
      errors.add(new FieldError("comments", Phrase.of("evaluation.comments")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    this.programId = programId;
    this.sessionId = sessionId;
    this.mode = kiosk ? "KIOSK" : "PAPER";
    this.language = language;
    this.overall = r.overall().shortValue();
    this.content = r.content() == null ? null : r.content().shortValue();
    this.presenters = r.presenters() == null ? null : r.presenters().shortValue();
    this.venue = r.venue() == null ? null : r.venue().shortValue();
    this.comments = r.comments() == null || r.comments().isBlank() ? null : r.comments().trim();
    this.enteredBy = enteredBy;
    this.createdAt = java.util.Objects.requireNonNull(at);
  }

  private static void check(String field, Integer value, List<FieldError> errors) {
    if (value != null && (value < 1 || value > 5)) {
      errors.add(new FieldError(field, Phrase.of("evaluation.rating")));
    }
  }

  public long getSessionId() {
    return sessionId;
  }

  public int getOverall() {
    return overall;
  }

  public Short getContent() {
    return content;
  }

  public Short getPresenters() {
    return presenters;
  }

  public Short getVenue() {
    return venue;
  }

  public String getComments() {
    return comments;
  }
}
