package org.johnschool.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.johnschool.platform.AuditedEntity;

/** A stored tier of a program's sliding scale. */
@Entity
@Audited
@Table(name = "sliding_scale_tier")
public class SlidingScaleTier extends AuditedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sliding_scale_tier_seq")
  @SequenceGenerator(name = "sliding_scale_tier_seq", sequenceName = "sliding_scale_tier_seq", allocationSize = 50)
  private Long id;

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(nullable = false)
  private int position;

  @Column(name = "income_limit", nullable = false, precision = 12, scale = 2)
  private BigDecimal incomeLimit;

  @Column(name = "per_person", nullable = false, precision = 12, scale = 2)
  private BigDecimal perPerson;

  @Column(nullable = false, precision = 10, scale = 2)
  private BigDecimal fee;

  protected SlidingScaleTier() {}

  public SlidingScaleTier(long programId, int position, SlidingScale.Tier tier) {
    this.programId = programId;
    this.position = position;
    this.incomeLimit = tier.incomeLimit().amount();
    this.perPerson = tier.perPerson().amount();
    this.fee = tier.fee().amount();
  }

  public SlidingScale.Tier tier() {
    return new SlidingScale.Tier(new Money(incomeLimit), new Money(perPerson), new Money(fee));
  }

  public int getPosition() {
    return position;
  }
}
