package org.johnschool.billing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.johnschool.billing.domain.Account;
import org.johnschool.billing.domain.AccountEntries;
import org.johnschool.billing.domain.AccountEntry;
import org.johnschool.billing.domain.Money;
import org.johnschool.billing.domain.WaiverRequest;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.NotFoundException;
import org.johnschool.referral.application.CaseEnrollment;

/** Hardship waivers: coordinators request them, admins (never the requester) decide; an approval posts a WAIVER entry. */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class WaiverDesk {

  @Inject jakarta.enterprise.event.Event<org.johnschool.billing.domain.AccountChanged> changed;
  @PersistenceContext EntityManager em;
  @Inject AccountEntries ledger;
  @Inject CaseEnrollment cases;
  @Inject org.johnschool.program.application.ProgramTime time;

  public record WaiverView(long id, long referralId, boolean fullWaiver, String amount, String reason, String requestedBy, Instant requestedAt,
      WaiverRequest.Status status, String decidedBy, Instant decidedAt, String decisionNote, Long waiverEntryId) implements java.io.Serializable {

    /** Whether this admin may decide it (the rule is the request's: {@link WaiverRequest#decidableBy}). */
    public boolean decidableBy(String admin) {
      return WaiverRequest.decidableBy(status, requestedBy, admin);
    }

    static WaiverView of(WaiverRequest w) {
      return new WaiverView(w.getId(), w.getReferralId(), w.isFullWaiver(), w.getAmount() == null ? null : w.getAmount().toString(), w.getReason(),
          w.getRequestedBy(), w.getRequestedAt(), w.getStatus(), w.getDecidedBy(), w.getDecidedAt(), w.getDecisionNote(), w.getWaiverEntryId());
    }
  }

  /** A request; {@code amount} empty means the whole balance. */
  public WaiverView request(StaffScope scope, long referralId, String amount, String reason) {
    cases.requireVisible(referralId, scope);
    Money partial = amount == null || amount.isBlank() ? null : Money.parsePositive(amount, "amount");
    WaiverRequest w = new WaiverRequest(scope.programId(), referralId, partial, reason, scope.username(), time.instant());
    em.persist(w);
    em.flush();
    return WaiverView.of(w);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public WaiverView approve(StaffScope scope, long waiverId, String note) {
    WaiverRequest w = get(scope, waiverId);
    ledger.lockAccount(scope.programId(), w.getReferralId()); // two approvals of two requests never both take the same balance
    Money balance = Account.of(ledger.ofCase(scope.programId(), w.getReferralId())).balance();
    ZonedDateTime now = time.now(scope.programId());
    AccountEntry entry = w.approve(scope.username(), note, balance, now.toLocalDate(), now.toInstant());
    ledger.add(entry); // the sequence gives the entry its id here, before anything is written
    w.posted(entry);
    em.flush();
    changed.fire(new org.johnschool.billing.domain.AccountChanged(scope, w.getReferralId()));
    return WaiverView.of(w);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public WaiverView reject(StaffScope scope, long waiverId, String note) {
    WaiverRequest w = get(scope, waiverId);
    w.reject(scope.username(), note, time.instant());
    return WaiverView.of(w);
  }

  public List<WaiverView> ofCase(StaffScope scope, long referralId) {
    cases.requireVisible(referralId, scope);
    return em.createQuery("select w from WaiverRequest w where w.programId = :p and w.referralId = :r order by w.requestedAt desc", WaiverRequest.class)
        .setParameter("p", scope.programId()).setParameter("r", referralId).getResultStream().map(WaiverView::of).toList();
  }

  /** Admins' queue: requests waiting for a decision, oldest first. */
  @RolesAllowed(Role.ADMIN_NAME)
  public List<WaiverView> open(StaffScope scope) {
    return em.createQuery("select w from WaiverRequest w where w.programId = :p and w.status = :s order by w.requestedAt", WaiverRequest.class)
        .setParameter("p", scope.programId()).setParameter("s", WaiverRequest.Status.REQUESTED).getResultStream().map(WaiverView::of).toList();
  }

  private WaiverRequest get(StaffScope scope, long id) {
    WaiverRequest w = em.find(WaiverRequest.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (w == null || w.getProgramId() != scope.programId()) {
      throw new NotFoundException("No waiver request " + id + ".");
    }
    return w;
  }

}
