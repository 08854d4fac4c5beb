package org.johnschool.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** One due date and amount of a payment plan. */
@Entity
@Audited
public class Installment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "installment_seq")
  @SequenceGenerator(name = "installment_seq", sequenceName = "installment_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id", updatable = false)
  private PaymentPlan plan;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(name = "due_date", nullable = false, updatable = false)
  private LocalDate dueDate;

  @Column(nullable = false, updatable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  protected Installment() {}

  Installment(PaymentPlan plan, int position, LocalDate dueDate, Money amount) {
    this.plan = plan;
    this.position = position;
    this.dueDate = dueDate;
    this.amount = amount.amount();
  }

  public int getPosition() {
    return position;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public Money getAmount() {
    return new Money(amount);
  }
}
