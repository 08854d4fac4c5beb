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
import org.hibernate.envers.Audited;

/** One charge of a referral (ECF 5.0: sequence, statute, description). */
@Entity
@Audited
public class Charge {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "charge_seq")
  @SequenceGenerator(name = "charge_seq", sequenceName = "charge_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "referral_id")
  private Referral referral;

  @Column(name = "sequence_no", nullable = false)
  private int sequence;

  @Column(name = "statute_code", nullable = false, length = 40)
  private String statuteCode;

  @Column(nullable = false, length = 300)
  private String description;

  protected Charge() {}

  Charge(Referral referral, int sequence, String statuteCode, String description) {
    this.referral = referral;
    this.sequence = sequence;
    this.statuteCode = statuteCode;
    this.description = description;
  }

  public int getSequence() {
    return sequence;
  }

  public String getStatuteCode() {
    return statuteCode;
  }

  public String getDescription() {
    return description;
  }
}
