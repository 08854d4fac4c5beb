package org.johnschool.referral.domain;

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
import org.hibernate.envers.Audited;

/** Another name a person is known by (for record linkage and screening). */
@Entity
@Table(name = "person_alias")
@Audited
public class PersonAlias {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_alias_seq")
  @SequenceGenerator(name = "person_alias_seq", sequenceName = "person_alias_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  @Column(name = "first_name", length = 100)
  private String firstName;

  @Column(name = "last_name", nullable = false, length = 100)
  private String lastName;

  protected PersonAlias() {}

  PersonAlias(Person person, String firstName, String lastName) {
    this.person = person;
    this.firstName = firstName;
    this.lastName = lastName;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  @Override
  public String toString() {
    return (firstName == null ? "" : firstName + " ") + lastName;
  }
}
