package org.johnschool.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.johnschool.platform.AuditedEntity;
import org.johnschool.program.domain.Program;

/** What a program charges: the base fee (San Francisco's $1,000 by default; other programs' figures in shared/DOMAIN.md). */
@Entity
@Audited
@Table(name = "fee_schedule")
public class FeeSchedule extends AuditedEntity {

  public static final Money DEFAULT_BASE_FEE = Money.of("1000.00");
  public static final Money DEFAULT_LARGEST_PAYMENT = Money.of("10000.00");
  public static final Money DEFAULT_ADJUSTMENT_LIMIT = Money.of("250.00");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fee_schedule_seq")
  @SequenceGenerator(name = "fee_schedule_seq", sequenceName = "fee_schedule_seq", allocationSize = 50)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id", updatable = false)
  private Program program;

  @Column(name = "base_fee", nullable = false, precision = 10, scale = 2)
  private BigDecimal baseFee;

  @Column(nullable = false, length = 3)
  private String currency = "USD";

  @Column(name = "largest_payment", nullable = false, precision = 12, scale = 2)
  private BigDecimal largestPayment = DEFAULT_LARGEST_PAYMENT.amount();

  @Column(name = "adjustment_limit", nullable = false, precision = 12, scale = 2)
  private BigDecimal adjustmentLimit = DEFAULT_ADJUSTMENT_LIMIT.amount();

  protected FeeSchedule() {}

  public FeeSchedule(Program program, Money baseFee) {
    this.program = Objects.requireNonNull(program);
    changeBaseFee(baseFee);
  }

  public void changeBaseFee(Money fee) {
    if (fee == null || fee.isNegative()) {
      throw new org.johnschool.platform.InvalidInputException("baseFee", "The base fee is zero or more.");
    }
    this.baseFee = fee.amount();
  }

  /** The most one payment may be, and the largest adjustment a coordinator enters alone (above it, an admin approves). */
  public void changeLimits(Money largestPayment, Money adjustmentLimit) {
    if (largestPayment != null && !largestPayment.isPositive()) {
      throw new org.johnschool.platform.InvalidInputException("largestPayment", org.johnschool.platform.Phrase.of("payment.largest"));
    }
    if (adjustmentLimit != null && adjustmentLimit.isNegative()) {
      throw new org.johnschool.platform.InvalidInputException("adjustmentLimit", org.johnschool.platform.Phrase.of("payment.adjustment.limit"));
    }
    if (largestPayment != null) {
      this.largestPayment = largestPayment.amount();
    }
    if (adjustmentLimit != null) {
      this.adjustmentLimit = adjustmentLimit.amount();
    }
  }

  public Money getLargestPayment() {
    return new Money(largestPayment);
  }

  public Money getAdjustmentLimit() {
    return new Money(adjustmentLimit);
  }

  public Money getBaseFee() {
    return new Money(baseFee);
  }

  public String getCurrency() {
    return currency;
  }
}
