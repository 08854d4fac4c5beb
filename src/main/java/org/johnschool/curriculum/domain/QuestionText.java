package org.johnschool.curriculum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;
import org.johnschool.curriculum.domain.CurriculumContent.QuestionWording;

/** A test item's prompt and options (one per line) in one language. */
@Entity
@Audited
@Table(name = "question_text")
public class QuestionText {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_text_seq")
  @SequenceGenerator(name = "question_text_seq", sequenceName = "question_text_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id", updatable = false)
  private Question question;

  @Column(nullable = false, updatable = false, length = 8)
  private String language;

  @Column(nullable = false, updatable = false, length = 2000)
  private String prompt;

  @Column(nullable = false, updatable = false, columnDefinition = "text")
  private String options;

  protected QuestionText() {}

  QuestionText(Question question, String language, QuestionWording wording) {
    this.question = question;
    this.language = language;
    this.prompt = wording.prompt();
    this.options = String.join("\n", wording.options().stream().map(o -> o.replace('\n', ' ')).toList());
  }

  public String getLanguage() {
    return language;
  }

  public String getPrompt() {
    return prompt;
  }

  public List<String> getOptions() {
    return options.isEmpty() ? List.of() : Arrays.asList(options.split("\n"));
  }
}
