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
import org.johnschool.curriculum.domain.CurriculumContent.ModuleContent;

/** A module of one curriculum version: how long, whether required, who presents it, and its wording per language. */
@Entity
@Audited
@Table(name = "curriculum_module")
public class CurriculumModule {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "curriculum_module_seq")
  @SequenceGenerator(name = "curriculum_module_seq", sequenceName = "curriculum_module_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id", updatable = false)
  private CurriculumVersion version;

  @Column(name = "module_key", nullable = false, updatable = false, length = 60)
  private String key;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(nullable = false, updatable = false)
  private int minutes;

  @Column(nullable = false, updatable = false)
  private boolean required;

  @Enumerated(EnumType.STRING)
  @Column(name = "presenter_role", nullable = false, updatable = false, length = 30)
  private PresenterRole presenter;

  @OneToMany(mappedBy = "module", cascade = CascadeType.PERSIST)
  @MapKey(name = "language")
  private Map<String, ModuleText> texts = new LinkedHashMap<>();

  protected CurriculumModule() {}

  CurriculumModule(CurriculumVersion version, int position, ModuleContent content, List<String> languages) {
    this.version = version;
    this.position = position;
    this.key = content.key();
    this.minutes = content.minutes();
    this.required = content.required();
    this.presenter = content.presenter();
    for (String language : languages) {
      texts.put(language, new ModuleText(this, language, content.wording().get(language)));
    }
  }

  /** The wording in a language, if the version has it. */
  public Optional<ModuleText> text(String language) {
    return Optional.ofNullable(texts.get(language));
  }

  public Long getId() {
    return id;
  }

  public String getKey() {
    return key;
  }

  public int getPosition() {
    return position;
  }

  public int getMinutes() {
    return minutes;
  }

  public boolean isRequired() {
    return required;
  }

  public PresenterRole getPresenter() {
    return presenter;
  }
}
