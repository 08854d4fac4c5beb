package org.johnschool.court.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.util.Objects;
import java.util.regex.Pattern;
import org.hibernate.envers.Audited;
import org.johnschool.platform.AuditedEntity;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.program.domain.Program;

/** A court of a program, known to court systems by its code (e.g. SF-SUP). */
@Entity
@Audited
public class Court extends AuditedEntity implements java.io.Serializable {

  public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "court_seq")
  @SequenceGenerator(name = "court_seq", sequenceName = "court_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id")
  private Program program;

  @Column(nullable = false, unique = true, length = 20)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false)
  private boolean active = true;

  protected Court() {}

  public Court(Program program, String code, String name) {
    this.program = Objects.requireNonNull(program);
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidInputException("code", Phrase.of("court.code"));
    }
    this.code = code;
    rename(name);
  }

  public void rename(String name) {
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new InvalidInputException("name", Phrase.of("court.name"));
    }
    this.name = name.trim();
  }

  public void activate() {
    active = true;
  }

  public void deactivate() {
    active = false;
  }

  public Long getId() {
    return id;
  }

  public Program getProgram() {
    return program;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public boolean isActive() {
    return active;
  }
}
