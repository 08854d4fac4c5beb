package org.johnschool.billing.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.johnschool.platform.AuditedEntity;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.InvalidInputException;

/**
 * The balance owed on a day, spread over installments that add up to it exactly. Payments made from that day
 * on pay the installments oldest first; an installment past its due date and not fully paid is overdue.
 */
@Entity
@Audited
@Table(name = "payment_plan")
public class PaymentPlan extends AuditedEntity {

  public enum Status {
    ACTIVE,
    REPLACED
  }

  /** An installment's state on a given day. */
  public enum InstallmentState {
    PAID,
    PARTLY_PAID,
    DUE,
    OVERDUE
  }

  public record InstallmentStatus(int position, LocalDate dueDate, Money amount, Money paid, InstallmentState state) {}

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_plan_seq")
  @SequenceGenerator(name = "payment_plan_seq", sequenceName = "payment_plan_seq", allocationSize = 50)
  private Long id;

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(name = "referral_id", nullable = false, updatable = false)
  private long referralId;

  @Column(nullable = false, updatable = false, precision = 12, scale = 2)
  private BigDecimal total;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status = Status.ACTIVE;

  @Column(name = "starts_on", nullable = false, updatable = false)
  private LocalDate startsOn;

  @Column(name = "created_by", nullable = false, updatable = false, length = 100)
  private String createdBy;

  @OneToMany(mappedBy = "plan", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<Installment> installments = new ArrayList<>();

  protected PaymentPlan() {}

  /**
   * {@code count} installments of the balance, the first due on {@code firstDue} and then every
   * {@code everyDays} days; equal amounts, the cents left over on the last.
   */
  public static PaymentPlan spread(long programId, long referralId, Money balance, int count, LocalDate firstDue, int everyDays, String by,
      LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    if (!balance.isPositive()) {
      errors.add(new FieldError("balance", Phrase.of("plan.nothingOwed")));
    }
    if (count < 2 || count > 24) {
      errors.add(new FieldError("count", Phrase.of("plan.installments")));
    }
    if (firstDue == null || firstDue.isBefore(today)) {
      errors.add(new FieldError("firstDue", Phrase.of("plan.firstDue")));
    }
    if (everyDays < 7 || everyDays > 92) {
      errors.add(new FieldError("everyDays", Phrase.of("plan.everyDays")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    PaymentPlan plan = new PaymentPlan();
    plan.programId = programId;
    plan.referralId = referralId;
    plan.total = balance.amount();
    plan.startsOn = today;
    plan.createdBy = by;
    long cents = balance.amount().movePointRight(2).longValueExact();
    long each = cents / count;
    for (int i = 0; i < count; i++) {
      long amount = i == count - 1 ? cents - each * (count - 1) : each;
      plan.installments.add(new Installment(plan, i + 1, firstDue.plusDays((long) everyDays * i), new Money(BigDecimal.valueOf(amount, 2))));
    }
    return plan;
  }

  /** Each installment's state on {@code today}, given what was paid since the plan began. */
  public List<InstallmentStatus> statusOn(LocalDate today, Money paidSinceStart) {
    Money left = paidSinceStart.isNegative() ? Money.ZERO : paidSinceStart;
    List<InstallmentStatus> result = new ArrayList<>();
    for (Installment i : installments) {
      Money paid = left.compareTo(i.getAmount()) >= 0 ? i.getAmount() : left;
      left = left.minus(paid);
      InstallmentState state = paid.equals(i.getAmount()) ? InstallmentState.PAID
          : i.getDueDate().isBefore(today) ? InstallmentState.OVERDUE
          : paid.isPositive() ? InstallmentState.PARTLY_PAID : InstallmentState.DUE;
      result.add(new InstallmentStatus(i.getPosition(), i.getDueDate(), i.getAmount(), paid, state));
    }
    return result;
  }

  public void replace() {
    status = Status.REPLACED;
  }

  public Long getId() {
    return id;
  }

  public long getReferralId() {
    return referralId;
  }

  public Money getTotal() {
    return new Money(total);
  }

  public Status getStatus() {
    return status;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public List<Installment> getInstallments() {
    return List.copyOf(installments);
  }
}
