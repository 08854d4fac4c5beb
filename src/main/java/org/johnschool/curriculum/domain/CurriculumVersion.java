package org.johnschool.curriculum.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.johnschool.curriculum.domain.CurriculumContent.AgendaEntry;
import org.johnschool.platform.AuditedEntity;
import org.johnschool.program.domain.Program;

/**
 * One loaded state of a program's curriculum folder, numbered 1, 2, 3… It never changes after it is
 * made (no method alters it): a changed folder makes a new version, and every class session keeps the
 * version it was taught with.
 */
@Entity
@Audited
@Table(name = "curriculum_version")
public class CurriculumVersion extends AuditedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "curriculum_version_seq")
  @SequenceGenerator(name = "curriculum_version_seq", sequenceName = "curriculum_version_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id", updatable = false)
  private Program program;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
  private String contentHash;

  /** Course languages in order, e.g. "en,es"; the first is the reference language. */
  @Column(nullable = false, updatable = false, length = 60)
  private String languages;

  /** The course title per language, one "language=title" per line. */
  @Column(nullable = false, updatable = false, length = 2000)
  private String titles;

  @Column(name = "total_minutes", nullable = false, updatable = false)
  private int totalMinutes;

  /** Where the folder was read from (a directory or "packaged with the application"). */
  @Column(nullable = false, updatable = false, length = 500)
  private String source;

  /** The admin who loaded it; empty when it was loaded as the application started. */
  @Column(name = "loaded_by", updatable = false, length = 100)
  private String loadedBy;

  @OneToMany(mappedBy = "version", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<CurriculumModule> modules = new ArrayList<>();

  @OneToMany(mappedBy = "version", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<AgendaItem> agenda = new ArrayList<>();

  @OneToMany(mappedBy = "version", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<Question> questions = new ArrayList<>();

  protected CurriculumVersion() {}

  /** The version that follows {@code number - 1} of the program, made of a checked folder. */
  public CurriculumVersion(Program program, int number, CurriculumContent content, String source, String loadedBy) {
    if (number < 1) {
      throw new IllegalArgumentException("Versions are numbered from 1.");
    }
    this.program = Objects.requireNonNull(program);
    this.number = number;
    this.contentHash = content.contentHash();
    this.languages = String.join(",", content.languages());
    StringBuilder t = new StringBuilder();
    for (String language : content.languages()) {
      t.append(language).append('=').append(content.titles().get(language).replace('\n', ' ')).append('\n');
    }
    this.titles = t.toString();
    this.totalMinutes = content.totalMinutes();
    this.source = source.length() > 500 ? source.substring(0, 500) : source;
    this.loadedBy = loadedBy;
    int position = 0;
    for (var m : content.modules()) {
      modules.add(new CurriculumModule(this, ++position, m, content.languages()));
    }
    position = 0;
    for (AgendaEntry e : content.agenda()) {
      agenda.add(new AgendaItem(this, ++position, e));
    }
    position = 0;
    for (var q : content.questions()) {
      questions.add(new Question(this, ++position, q, content.languages()));
    }
  }

  public boolean hasContent(String hash) {
    return contentHash.equals(hash);
  }

  public Long getId() {
    return id;
  }

  public Program getProgram() {
    return program;
  }

  public int getNumber() {
    return number;
  }

  public String getContentHash() {
    return contentHash;
  }

  public List<String> getLanguages() {
    return Arrays.asList(languages.split(","));
  }

  /** The course title in a language, or in the reference language when it has none. */
  public String title(String language) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String line : titles.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        map.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return map.getOrDefault(language, map.get(getLanguages().get(0)));
  }

  public int getTotalMinutes() {
    return totalMinutes;
  }

  public String getLoadedBy() {
    return loadedBy;
  }

  public String getSource() {
    return source;
  }

  public List<CurriculumModule> getModules() {
    return List.copyOf(modules);
  }

  public List<AgendaItem> getAgenda() {
    return List.copyOf(agenda);
  }

  public List<Question> getQuestions() {
    return List.copyOf(questions);
  }
}
