package org.johnschool.classday.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.johnschool.platform.AuditedEntity;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidTransitionException;

/**
 * One case's pre- or post-test: entered from paper by staff, or opened on the kiosk with a one-time code
 * and submitted by the participant. Scored per item when submitted; a submitted sitting is final.
 */
@Entity
@Audited
@Table(name = "test_sitting")
public class TestSitting extends AuditedEntity {

  public enum Mode {
    PAPER,
    KIOSK
  }

  public enum Status {
    OPEN,
    SUBMITTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "test_sitting_seq")
  @SequenceGenerator(name = "test_sitting_seq", sequenceName = "test_sitting_seq", allocationSize = 50)
  private Long id;

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(name = "referral_id", nullable = false, updatable = false)
  private long referralId;

  @Column(name = "session_id", updatable = false)
  private Long sessionId;

  @Column(name = "curriculum_version_id", nullable = false, updatable = false)
  private long curriculumVersionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 4)
  private TestKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 6)
  private Mode mode;

  @Column(nullable = false, updatable = false, length = 8)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status = Status.OPEN;

  @Column(name = "kiosk_code_hash", length = 64)
  private String kioskCodeHash;

  @Column(name = "code_expires_at")
  private Instant codeExpiresAt;

  @Column(name = "knowledge_correct")
  private Integer knowledgeCorrect;

  @Column(name = "knowledge_items")
  private Integer knowledgeItems;

  @Column(name = "attitude_score", precision = 5, scale = 2)
  private BigDecimal attitudeScore;

  @Column(name = "opened_by", nullable = false, updatable = false, length = 100)
  private String openedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @OneToMany(mappedBy = "sitting", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<TestAnswer> answers = new ArrayList<>();

  protected TestSitting() {}

  private TestSitting(long programId, long referralId, Long sessionId, long versionId, TestKind kind, Mode mode, String language, String by) {
    this.programId = programId;
    this.referralId = referralId;
    this.sessionId = sessionId;
    this.curriculumVersionId = versionId;
    this.kind = Objects.requireNonNull(kind);
    this.mode = mode;
    this.language = language;
    this.openedBy = by;
  }

  /** A test entered from the participant's paper sheet. */
  public static TestSitting paper(long programId, long referralId, Long sessionId, long versionId, TestKind kind, String language, String by) {
    return new TestSitting(programId, referralId, sessionId, versionId, kind, Mode.PAPER, language, by);
  }

  /** A test opened on the kiosk; the participant answers with the code whose hash is kept, until it expires. */
  public static TestSitting kiosk(long programId, long referralId, Long sessionId, long versionId, TestKind kind, String language, String by,
      String codeHash, Instant expires) {
    TestSitting t = new TestSitting(programId, referralId, sessionId, versionId, kind, Mode.KIOSK, language, by);
    t.kioskCodeHash = Objects.requireNonNull(codeHash);
    t.codeExpiresAt = expires;
    return t;
  }

  /** A new kiosk code for a sitting still open (the old one stops working). */
  public void renewCode(String codeHash, Instant expires) {
    if (mode != Mode.KIOSK || status != Status.OPEN) {
      throw new InvalidTransitionException(Phrase.of("test.newCode.notOpen"));
    }
    kioskCodeHash = Objects.requireNonNull(codeHash);
    codeExpiresAt = expires;
  }

  /** Stores the scored answers; a sitting is submitted once. */
  public void submit(TestScoring.Result result, Instant at) {
    if (status == Status.SUBMITTED) {
      throw new InvalidTransitionException(Phrase.of("test.submitted", kind));
    }
    for (TestScoring.Scored s : result.answers()) {
      answers.add(new TestAnswer(this, s));
    }
    knowledgeCorrect = result.knowledgeCorrect();
    knowledgeItems = result.knowledgeItems();
    attitudeScore = result.attitudeMean();
    status = Status.SUBMITTED;
    submittedAt = java.util.Objects.requireNonNull(at);
    codeExpiresAt = null;
  }

  /** Whether the kiosk code still opens this sitting. */
  public boolean opensWith(Instant now) {
    return mode == Mode.KIOSK && status == Status.OPEN && codeExpiresAt != null && now.isBefore(codeExpiresAt);
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

  public Long getSessionId() {
    return sessionId;
  }

  public long getCurriculumVersionId() {
    return curriculumVersionId;
  }

  public TestKind getKind() {
    return kind;
  }

  public Mode getMode() {
    return mode;
  }

  public String getLanguage() {
    return language;
  }

  public Status getStatus() {
    return status;
  }

  public Integer getKnowledgeCorrect() {
    return knowledgeCorrect;
  }

  public Integer getKnowledgeItems() {
    return knowledgeItems;
  }

  public BigDecimal getAttitudeScore() {
    return attitudeScore;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getOpenedBy() {
    return openedBy;
  }

  public List<TestAnswer> getAnswers() {
    return answers;
  }
}
