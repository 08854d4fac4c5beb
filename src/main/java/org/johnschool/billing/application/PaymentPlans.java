package org.johnschool.billing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.johnschool.billing.domain.Account;
import org.johnschool.billing.domain.AccountEntries;
import org.johnschool.billing.domain.AccountEntry;
import org.johnschool.billing.domain.EntryType;
import org.johnschool.billing.domain.Money;
import org.johnschool.billing.domain.PaymentPlan;
import org.johnschool.billing.domain.PaymentPlan.InstallmentState;
import org.johnschool.billing.domain.PaymentPlan.InstallmentStatus;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.Phrase;
import org.johnschool.referral.application.CaseEnrollment;
import org.johnschool.referral.application.CaseEnrollment.CaseForEnrollment;

/** Payment plans: the balance spread over installments, their state from the payments made, and the overdue list. */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class PaymentPlans {

  @PersistenceContext EntityManager em;
  @Inject AccountEntries ledger;
  @Inject CaseEnrollment cases;
  @Inject org.johnschool.program.application.ProgramTime time;

  public record InstallmentView(int position, LocalDate dueDate, String amount, String paid, InstallmentState state) implements java.io.Serializable {}

  public record PlanView(long id, String total, LocalDate startsOn, String createdBy, List<InstallmentView> installments) implements java.io.Serializable {}

  public record OverdueLine(long referralId, String name, String courtCaseNumber, LocalDate oldestDue, String overdue) implements java.io.Serializable {}

  /** A new plan for the whole balance owed today; a plan already in force is replaced. */
  public PlanView create(StaffScope scope, long referralId, Integer count, String firstDue, Integer everyDays) {
    cases.requireVisible(referralId, scope);
    LocalDate first;
    try {
      first = firstDue == null ? null : LocalDate.parse(firstDue.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("firstDue", Phrase.of("input.date.invalid", firstDue));
    }
    Money balance = Account.of(ledger.ofCase(scope.programId(), referralId)).balance();
    active(scope.programId(), referralId).ifPresent(p -> {
      p.replace();
      em.flush();
    });
    PaymentPlan plan = PaymentPlan.spread(scope.programId(), referralId, balance, count == null ? 0 : count, first,
        everyDays == null ? 30 : everyDays, scope.username(), time.today(scope.programId()));
    em.persist(plan);
    em.flush();
    return view(scope, plan);
  }

  /** The plan in force with each installment's state today. */
  public Optional<PlanView> of(StaffScope scope, long referralId) {
    cases.requireVisible(referralId, scope);
    return active(scope.programId(), referralId).map(p -> view(scope, p));
  }

  /** Cases whose plan has an installment past due (by the program's day) and not fully paid, the oldest first. */
  public List<OverdueLine> overdue(StaffScope scope) {
    LocalDate today = time.today(scope.programId());
    List<PaymentPlan> plans = em.createQuery("select distinct p from PaymentPlan p join p.installments i where p.programId = :prog "
            + "and p.status = :active and i.dueDate < :today", PaymentPlan.class)
        .setParameter("prog", scope.programId()).setParameter("active", PaymentPlan.Status.ACTIVE).setParameter("today", today).getResultList();
    Map<Long, CaseForEnrollment> people = cases.cases(plans.stream().map(PaymentPlan::getReferralId).toList(), scope);
    List<OverdueLine> lines = new ArrayList<>();
    for (PaymentPlan p : plans) {
      List<InstallmentStatus> late = p.statusOn(today, paidSince(scope, p)).stream().filter(s -> s.state() == InstallmentState.OVERDUE).toList();
      CaseForEnrollment c = people.get(p.getReferralId());
      if (!late.isEmpty() && c != null) {
        Money owed = late.stream().map(s -> s.amount().minus(s.paid())).reduce(Money.ZERO, Money::plus);
        lines.add(new OverdueLine(p.getReferralId(), c.fullName(), c.courtCaseNumber(), late.get(0).dueDate(), owed.toString()));
      }
    }
    lines.sort(java.util.Comparator.comparing(OverdueLine::oldestDue));
    return lines;
  }

  private PlanView view(StaffScope scope, PaymentPlan p) {
    List<InstallmentView> installments = p.statusOn(time.today(scope.programId()), paidSince(scope, p)).stream()
        .map(s -> new InstallmentView(s.position(), s.dueDate(), s.amount().toString(), s.paid().toString(), s.state())).toList();
    return new PlanView(p.getId(), p.getTotal().toString(), p.getStartsOn(), p.getCreatedBy(), installments);
  }

  /** Payments made since the plan was made, less those voided. */
  private Money paidSince(StaffScope scope, PaymentPlan p) {
    Instant since = p.getCreatedAt();
    List<AccountEntry> entries = ledger.ofCase(scope.programId(), p.getReferralId());
    Account account = Account.of(entries);
    return entries.stream().filter(e -> e.getType() == EntryType.PAYMENT && !e.getCreatedAt().isBefore(since) && !account.isReversed(e.getId()))
        .map(AccountEntry::getAmount).reduce(Money.ZERO, Money::plus);
  }

  private Optional<PaymentPlan> active(long programId, long referralId) {
    return em.createQuery("select p from PaymentPlan p where p.programId = :prog and p.referralId = :r and p.status = :active", PaymentPlan.class)
        .setParameter("prog", programId).setParameter("r", referralId).setParameter("active", PaymentPlan.Status.ACTIVE).getResultStream()
        .findFirst();
  }

}
