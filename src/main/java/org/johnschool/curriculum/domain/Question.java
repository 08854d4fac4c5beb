package org.johnschool.curriculum.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.johnschool.curriculum.domain.CurriculumContent.QuestionContent;

/**
 * A pre/post test item of one curriculum version, tied to a module. Knowledge items carry their answer
 * key (a letter); attitude statements are rated on an agreement scale, some scored in reverse.
 */
@Entity
@Audited
@Table(name = "question")
public class Question {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_seq")
  @SequenceGenerator(name = "question_seq", sequenceName = "question_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id", updatable = false)
  private CurriculumVersion version;

  @Column(name = "question_key", nullable = false, updatable = false, length = 60)
  private String key;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(name = "module_key", nullable = false, updatable = false, length = 60)
  private String moduleKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private QuestionKind kind;

  @Column(updatable = false, length = 1)
  private String answer;

  @Column(name = "reverse_scored", nullable = false, updatable = false)
  private boolean reverseScored;

  @OneToMany(mappedBy = "question", cascade = CascadeType.PERSIST)
  @MapKey(name = "language")
  private Map<String, QuestionText> texts = new LinkedHashMap<>();

  protected Question() {}

  Question(CurriculumVersion version, int position, QuestionContent content, List<String> languages) {
    this.version = version;
    this.position = position;
    this.key = content.key();
    this.moduleKey = content.moduleKey();
    this.kind = content.kind();
    this.answer = content.answer();
    this.reverseScored = content.reverseScored();
    for (String language : languages) {
      texts.put(language, new QuestionText(this, language, content.wording().get(language)));
    }
  }

  public Optional<QuestionText> text(String language) {
    return Optional.ofNullable(texts.get(language));
  }

  public String getKey() {
    return key;
  }

  public int getPosition() {
    return position;
  }

  public String getModuleKey() {
    return moduleKey;
  }

  public QuestionKind getKind() {
    return kind;
  }

  public String getAnswer() {
    return answer;
  }

  public boolean isReverseScored() {
    return reverseScored;
  }
}
