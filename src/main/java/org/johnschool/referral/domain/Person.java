package org.johnschool.referral.domain;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.johnschool.platform.AuditedEntity;
import org.johnschool.program.domain.Program;

/**
 * A referred person. Everything here but the pseudonym identifies them, so only roles that work
 * with identities see it; evaluators see the pseudonym alone.
 */
@Entity
@Audited
public class Person extends AuditedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
  @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id")
  private Program program;

  @Column(nullable = false, unique = true, updatable = false)
  private UUID pseudonym;

  @Column(name = "first_name", nullable = false, length = 100)
  private String firstName;

  @Column(name = "middle_name", length = 100)
  private String middleName;

  @Column(name = "last_name", nullable = false, length = 100)
  private String lastName;

  @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<PersonAlias> aliases = new ArrayList<>();

  @Column(name = "date_of_birth", nullable = false)
  private LocalDate dateOfBirth;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 1)
  private Sex sex;

  @Column(name = "state_id", length = 30)
  private String stateId;

  @Column(name = "fbi_number", length = 30)
  private String fbiNumber;

  @Column(length = 300)
  private String address;

  @Column(length = 40)
  private String phone;

  @Column(length = 200)
  private String email;

  @Column(name = "preferred_language", nullable = false, length = 8)
  private String preferredLanguage;

  protected Person() {}

  public Person(Program program, PersonDetails details) {
    this.program = Objects.requireNonNull(program);
    this.pseudonym = UUID.randomUUID();
    correct(details);
  }

  /** Replaces the person's details (a correction by staff). */
  public void correct(PersonDetails d) {
    this.firstName = d.firstName();
    this.middleName = d.middleName();
    this.lastName = d.lastName();
    this.dateOfBirth = Objects.requireNonNull(d.dateOfBirth());
    this.sex = Objects.requireNonNull(d.sex());
    this.stateId = d.stateId();
    this.fbiNumber = d.fbiNumber();
    this.address = d.address();
    this.phone = d.phone();
    this.email = d.email();
    this.preferredLanguage = d.preferredLanguage() == null ? "en" : d.preferredLanguage();
    aliases.clear();
    d.aliases().forEach(a -> aliases.add(new PersonAlias(this, a.firstName(), a.lastName())));
  }

  public int ageOn(LocalDate day) {
    return Period.between(dateOfBirth, day).getYears();
  }

  public String fullName() {
    return firstName + (middleName == null ? "" : " " + middleName) + " " + lastName;
  }

  public Long getId() {
    return id;
  }

  public Program getProgram() {
    return program;
  }

  public UUID getPseudonym() {
    return pseudonym;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getMiddleName() {
    return middleName;
  }

  public String getLastName() {
    return lastName;
  }

  public List<PersonAlias> getAliases() {
    return List.copyOf(aliases);
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public Sex getSex() {
    return sex;
  }

  public String getStateId() {
    return stateId;
  }

  public String getFbiNumber() {
    return fbiNumber;
  }

  public String getAddress() {
    return address;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }
}
