package org.johnschool.classday.domain;

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
import org.hibernate.envers.Audited;
import org.johnschool.curriculum.domain.QuestionKind;

/** One scored answer of a sitting. */
@Entity
@Audited
@Table(name = "test_answer")
public class TestAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "test_answer_seq")
  @SequenceGenerator(name = "test_answer_seq", sequenceName = "test_answer_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sitting_id", updatable = false)
  private TestSitting sitting;

  @Column(name = "question_key", nullable = false, updatable = false, length = 60)
  private String questionKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private QuestionKind kind;

  @Column(nullable = false, updatable = false, length = 1)
  private String answer;

  @Column(nullable = false, updatable = false)
  private short score;

  protected TestAnswer() {}

  TestAnswer(TestSitting sitting, TestScoring.Scored s) {
    this.sitting = sitting;
    this.questionKey = s.questionKey();
    this.kind = s.kind();
    this.answer = s.answer();
    this.score = (short) s.score();
  }

  public String getQuestionKey() {
    return questionKey;
  }

  public QuestionKind getKind() {
    return kind;
  }

  public String getAnswer() {
    return answer;
  }

  public int getScore() {
    return score;
  }
}
