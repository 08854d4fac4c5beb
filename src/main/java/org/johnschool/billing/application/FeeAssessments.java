package org.johnschool.billing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.johnschool.billing.domain.Account;
import org.johnschool.billing.domain.AccountEntries;
import org.johnschool.billing.domain.AccountEntry;
import org.johnschool.billing.domain.EntryType;
import org.johnschool.billing.domain.FinancialAssessment;
import org.johnschool.billing.domain.Money;
import org.johnschool.billing.domain.SlidingScale;
import org.johnschool.billing.domain.SlidingScaleTier;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.referral.application.CaseEnrollment;

/**
 * The sliding scale and financial assessments: an admin sets the tiers; a coordinator records a household's
 * income and size, and the case's program fee follows the tier (by an adjustment when the fee was already
 * charged, or at the charge when it was not).
 */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class FeeAssessments {

  static final String SLIDING = "Sliding scale: ";

  @PersistenceContext EntityManager em;
  @Inject AccountEntries ledger;
  @Inject CaseEnrollment cases;
  @Inject Cashier cashier;
  @Inject org.johnschool.program.application.ProgramTime time;

  public record TierInput(String incomeLimit, String perPerson, String fee) {}

  public record TierView(int position, String incomeLimit, String perPerson, String fee) {}

  public record AssessmentView(long id, String householdIncome, int householdSize, Integer tier, String fee, String note, String assessedBy,
      Instant assessedAt, String balance) implements java.io.Serializable {}

  public List<TierView> tiers(StaffScope scope) {
    List<SlidingScaleTier> stored = stored(scope);
    return stored.stream().map(t -> new TierView(t.getPosition(), t.tier().incomeLimit().toString(), t.tier().perPerson().toString(),
        t.tier().fee().toString())).toList();
  }

  /** Admins replace the tiers as a whole (an empty list: everyone pays the base fee). */
  @RolesAllowed(Role.ADMIN_NAME)
  public List<TierView> changeTiers(StaffScope scope, List<TierInput> inputs) {
    List<SlidingScale.Tier> tiers = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    List<TierInput> list = inputs == null ? List.of() : inputs;
    for (int i = 0; i < list.size(); i++) {
      try {
        TierInput t = list.get(i);
        if (t == null) {
          errors.add(new FieldError("tiers[" + i + "]", Phrase.of("scale.tier.missing")));
          continue;
        }
        tiers.add(new SlidingScale.Tier(Money.parsePositive(t.incomeLimit(), "tiers[" + i + "].incomeLimit"),
            Money.parseNonNegative(t.perPerson(), "tiers[" + i + "].perPerson"), Money.parseNonNegative(t.fee(), "tiers[" + i + "].fee")));
      } catch (InvalidInputException e) {
        errors.addAll(e.errors());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    SlidingScale.checked(tiers, cashier.baseFee(scope));
    stored(scope).forEach(em::remove);
    em.flush();
    for (int i = 0; i < tiers.size(); i++) {
      em.persist(new SlidingScaleTier(scope.programId(), i + 1, tiers.get(i)));
    }
    em.flush();
    return tiers(scope);
  }

  public AssessmentView assess(StaffScope scope, long referralId, String income, Integer size, String note) {
    cases.requireVisible(referralId, scope);
    List<FieldError> errors = new ArrayList<>();
    Money householdIncome = null;
    try {
      householdIncome = Money.parseNonNegative(income, "householdIncome");
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    if (size == null) {
      errors.add(new FieldError("householdSize", Phrase.of("assessment.household")));
    }
    if (note != null && note.length() > 1000) {
      errors.add(new FieldError("note", Phrase.of("assessment.note")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    SlidingScale scale = new SlidingScale(stored(scope).stream().map(SlidingScaleTier::tier).toList());
    SlidingScale.Result result = scale.assess(householdIncome, size, cashier.baseFee(scope));
    FinancialAssessment a = new FinancialAssessment(scope.programId(), referralId, householdIncome, size, result, note, scope.username());
    em.persist(a);
    ledger.lockAccount(scope.programId(), referralId);
    List<AccountEntry> entries = ledger.ofCase(scope.programId(), referralId);
    Account account = Account.of(entries);
    boolean charged = entries.stream().anyMatch(e -> e.getType() == EntryType.CHARGE && Cashier.PROGRAM_FEE.equals(e.getDescription())
        && !account.isReversed(e.getId()));
    if (charged) {
      Money current = entries.stream().filter(e -> !account.isReversed(e.getId()))
          .filter(e -> e.getType() == EntryType.CHARGE && Cashier.PROGRAM_FEE.equals(e.getDescription())
              || e.getType() == EntryType.ADJUSTMENT && e.getReason() != null && e.getReason().startsWith(SLIDING))
          .map(AccountEntry::getEffect).reduce(Money.ZERO, Money::plus);
      Money difference = result.fee().minus(current);
      if (!difference.isZero()) {
        ZonedDateTime now = time.now(scope.programId());
        ledger.add(AccountEntry.adjustment(scope.programId(), referralId, difference, SLIDING + "household of " + size + ", income "
            + householdIncome + ": " + (result.tierPosition() == null ? "no tier, base fee " : "tier " + result.tierPosition() + ", fee ")
            + result.fee(), scope.username(), now.toLocalDate(), now.toInstant()));
      }
    }
    em.flush();
    return view(a, Account.of(ledger.ofCase(scope.programId(), referralId)).balance());
  }

  public Optional<AssessmentView> latest(StaffScope scope, long referralId) {
    cases.requireVisible(referralId, scope);
    return latestFee(scope, referralId).map(a -> view(a, Account.of(ledger.ofCase(scope.programId(), referralId)).balance()));
  }

  /** The most recent assessment of a case, if any (the program fee it sets applies at the charge). */
  public Optional<FinancialAssessment> latestFee(StaffScope scope, long referralId) {
    return em.createQuery("select a from FinancialAssessment a where a.programId = :p and a.referralId = :r order by a.id desc",
            FinancialAssessment.class)
        .setParameter("p", scope.programId()).setParameter("r", referralId).setMaxResults(1).getResultStream().findFirst();
  }

  private List<SlidingScaleTier> stored(StaffScope scope) {
    return em.createQuery("select t from SlidingScaleTier t where t.programId = :p order by t.position", SlidingScaleTier.class)
        .setParameter("p", scope.programId()).getResultList();
  }

  private static AssessmentView view(FinancialAssessment a, Money balance) {
    return new AssessmentView(a.getId(), a.getHouseholdIncome().toString(), a.getHouseholdSize(), a.getTierPosition(), a.getFee().toString(),
        a.getNote(), a.getAssessedBy(), a.getCreatedAt(), balance.toString());
  }


}
