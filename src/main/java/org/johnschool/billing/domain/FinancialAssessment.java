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

/** A case's financial assessment: household income and size as declared, the tier they fall in, and the fee that results. */
@Entity
@Audited
@Table(name = "financial_assessment")
public class FinancialAssessment extends AuditedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "financial_assessment_seq")
  @SequenceGenerator(name = "financial_assessment_seq", sequenceName = "financial_assessment_seq", allocationSize = 50)
  private Long id;

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(name = "referral_id", nullable = false, updatable = false)
  private long referralId;

  @Column(name = "household_income", nullable = false, updatable = false, precision = 12, scale = 2)
  private BigDecimal householdIncome;

  @Column(name = "household_size", nullable = false, updatable = false)
  private int householdSize;

  @Column(name = "tier_position", updatable = false)
  private Integer tierPosition;

  @Column(nullable = false, updatable = false, precision = 10, scale = 2)
  private BigDecimal fee;

  @Column(updatable = false, length = 1000)
  private String note;

  @Column(name = "assessed_by", nullable = false, updatable = false, length = 100)
  private String assessedBy;

  protected FinancialAssessment() {}

  public FinancialAssessment(long programId, long referralId, Money income, int size, SlidingScale.Result result, String note, String by) {
    this.programId = programId;
    this.referralId = referralId;
    this.householdIncome = income.amount();
    this.householdSize = size;
    this.tierPosition = result.tierPosition();
    this.fee = result.fee().amount();
    this.note = note == null || note.isBlank() ? null : note.trim();
    this.assessedBy = by;
  }

  public Long getId() {
    return id;
  }

  public long getReferralId() {
    return referralId;
  }

  public Money getHouseholdIncome() {
    return new Money(householdIncome);
  }

  public int getHouseholdSize() {
    return householdSize;
  }

  public Integer getTierPosition() {
    return tierPosition;
  }

  public Money getFee() {
    return new Money(fee);
  }

  public String getNote() {
    return note;
  }

  public String getAssessedBy() {
    return assessedBy;
  }
}
