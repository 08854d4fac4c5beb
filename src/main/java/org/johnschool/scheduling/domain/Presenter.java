package org.johnschool.scheduling.domain;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.johnschool.curriculum.domain.PresenterRole;
import org.johnschool.platform.AuditedEntity;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.program.domain.Program;

/** A person who presents modules (a prosecutor, a survivor speaker, …) and the languages they present in. */
@Entity
@Audited
public class Presenter extends AuditedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "presenter_seq")
  @SequenceGenerator(name = "presenter_seq", sequenceName = "presenter_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id", updatable = false)
  private Program program;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "presenter_role", nullable = false, length = 30)
  private PresenterRole role;

  @Column(nullable = false, length = 60)
  private String languages;

  @Column(length = 200)
  private String email;

  @Column(nullable = false)
  private boolean active = true;

  protected Presenter() {}

  public Presenter(Program program, String name, PresenterRole role, List<String> languages, String email) {
    this.program = Objects.requireNonNull(program);
    describe(name, role, languages, email);
  }

  public void describe(String name, PresenterRole role, List<String> languages, String email) {
    List<FieldError> errors = new ArrayList<>();
    if (name == null || name.isBlank() || name.length() > 200) {
      errors.add(new FieldError("name", Phrase.of("presenter.name")));
    }
    if (role == null) {
      errors.add(new FieldError("role", Phrase.of("presenter.role")));
    }
    List<String> langs = languages == null ? List.of()
        : languages.stream().map(l -> l.trim().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty()).distinct().toList();
    if (langs.isEmpty() || langs.stream().anyMatch(l -> !l.matches("[a-z]{2}"))) {
      errors.add(new FieldError("languages", Phrase.of("presenter.languages")));
    }
    if (email != null && !email.isBlank() && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      errors.add(new FieldError("email", Phrase.of("presenter.email")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    this.name = name.trim();
    this.role = role;
    this.languages = String.join(",", langs);
    this.email = email == null || email.isBlank() ? null : email.trim();
  }

  public boolean speaks(String language) {
    return getLanguages().contains(language);
  }

  public void deactivate() {
    active = false;
  }

  public void activate() {
    active = true;
  }

  public Long getId() {
    return id;
  }

  public Program getProgram() {
    return program;
  }

  public String getName() {
    return name;
  }

  public PresenterRole getRole() {
    return role;
  }

  public List<String> getLanguages() {
    return Arrays.asList(languages.split(","));
  }

  public String getEmail() {
    return email;
  }

  public boolean isActive() {
    return active;
  }
}
