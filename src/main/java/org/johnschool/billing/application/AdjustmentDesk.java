package org.johnschool.billing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.johnschool.billing.domain.Account;
import org.johnschool.billing.domain.AccountChanged;
import org.johnschool.billing.domain.AccountEntries;
import org.johnschool.billing.domain.AccountEntry;
import org.johnschool.billing.domain.AdjustmentRequest;
import org.johnschool.billing.domain.Money;
import org.johnschool.billing.domain.WaiverRequest;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.NotFoundException;
import org.johnschool.platform.Phrase;
import org.johnschool.program.application.ProgramTime;
import org.johnschool.referral.application.CaseEnrollment;

/**
 * Corrections to a case's account with their reason: within the program's adjustment limit, and not into a credit,
 * they are posted at once; beyond that they wait for an admin other than the requester, whose approval posts them.
 */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class AdjustmentDesk {

  @PersistenceContext EntityManager em;
  @Inject AccountEntries ledger;
  @Inject CaseEnrollment cases;
  @Inject Cashier cashier;
  @Inject ProgramTime time;
  @Inject jakarta.enterprise.event.Event<AccountChanged> changed;

  public record AdjustmentView(long id, long referralId, String amount, String reason, String requestedBy, Instant requestedAt,
      WaiverRequest.Status status, String decidedBy, Instant decidedAt, String decisionNote, Long entryId) implements java.io.Serializable {

    /** Whether this admin may decide it (someone else asked for it). */
    public boolean decidableBy(String admin) {
      return WaiverRequest.decidableBy(status, requestedBy, admin);
    }

    static AdjustmentView of(AdjustmentRequest r) {
      return new AdjustmentView(r.getId(), r.getReferralId(), r.getAmount().toString(), r.getReason(), r.getRequestedBy(), r.getRequestedAt(),
          r.getStatus(), r.getDecidedBy(), r.getDecidedAt(), r.getDecisionNote(), r.getEntryId());
    }
  }

  /** What an adjustment came to: posted (the account as it is now) or waiting for an admin's approval. */
  public record Outcome(Cashier.AccountView account, AdjustmentView awaiting) {}

  /** A correction either way: "+25.00" (or "25.00") raises what is owed, "-25.00" lowers it. */
  public Outcome adjust(StaffScope scope, long referralId, String signedAmount, String reason) {
    cases.requireVisible(referralId, scope);
    if (signedAmount == null || signedAmount.isBlank()) {
      throw new InvalidInputException("amount", Phrase.of("payment.adjustment.missing"));
    }
    String text = signedAmount.trim();
    boolean lower = text.startsWith("-");
    Money amount = Money.parsePositive(lower || text.startsWith("+") ? text.substring(1) : text, "amount");
    ZonedDateTime now = time.now(scope.programId());
    AccountEntry adjustment = AccountEntry.adjustment(scope.programId(), referralId, lower ? amount.negate() : amount, reason, scope.username(),
        now.toLocalDate(), now.toInstant());
    ledger.lockAccount(scope.programId(), referralId);
    Money limit = cashier.limits(scope).adjustmentLimit();
    if (Account.of(ledger.ofCase(scope.programId(), referralId)).adjustmentNeedsAdmin(adjustment.getEffect(), limit)) {
      AdjustmentRequest request = new AdjustmentRequest(adjustment, scope.username(), now.toInstant());
      em.persist(request);
      em.flush();
      return new Outcome(null, AdjustmentView.of(request));
    }
    ledger.add(adjustment);
    em.flush();
    changed.fire(new AccountChanged(scope, referralId));
    return new Outcome(cashier.account(scope, referralId), null);
  }

  /** Approves (never the requester): posts the adjustment, entered by the approving admin. */
  @RolesAllowed(Role.ADMIN_NAME)
  public AdjustmentView approve(StaffScope scope, long requestId, String note) {
    AdjustmentRequest r = get(scope, requestId);
    ledger.lockAccount(scope.programId(), r.getReferralId());
    ZonedDateTime now = time.now(scope.programId());
    AccountEntry entry = r.approve(scope.username(), note, now.toLocalDate(), now.toInstant());
    ledger.add(entry); // the sequence gives the entry its id here, before anything is written
    r.posted(entry);
    em.flush();
    changed.fire(new AccountChanged(scope, r.getReferralId()));
    return AdjustmentView.of(r);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public AdjustmentView reject(StaffScope scope, long requestId, String note) {
    AdjustmentRequest r = get(scope, requestId);
    r.reject(scope.username(), note, time.instant());
    return AdjustmentView.of(r);
  }

  public List<AdjustmentView> ofCase(StaffScope scope, long referralId) {
    cases.requireVisible(referralId, scope);
    return em.createQuery("select r from AdjustmentRequest r where r.programId = :p and r.referralId = :c order by r.requestedAt desc",
            AdjustmentRequest.class)
        .setParameter("p", scope.programId()).setParameter("c", referralId).getResultStream().map(AdjustmentView::of).toList();
  }

  /** Admins' queue: requests waiting for a decision, oldest first. */
  @RolesAllowed(Role.ADMIN_NAME)
  public List<AdjustmentView> open(StaffScope scope) {
    return em.createQuery("select r from AdjustmentRequest r where r.programId = :p and r.status = :s order by r.requestedAt", AdjustmentRequest.class)
        .setParameter("p", scope.programId()).setParameter("s", WaiverRequest.Status.REQUESTED).getResultStream().map(AdjustmentView::of)
        .toList();
  }

  private AdjustmentRequest get(StaffScope scope, long id) {
    AdjustmentRequest r = em.find(AdjustmentRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (r == null || r.getProgramId() != scope.programId()) {
      throw new NotFoundException("No adjustment request " + id + ".");
    }
    return r;
  }
}
