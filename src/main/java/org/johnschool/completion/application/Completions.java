package org.johnschool.completion.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.johnschool.billing.application.Cashier;
import org.johnschool.classday.application.ClassDay;
import org.johnschool.classday.application.PrePostTests;
import org.johnschool.classday.application.PrePostTests.SittingView;
import org.johnschool.classday.domain.ModuleProgress;
import org.johnschool.completion.application.Certificates.CertificateView;
import org.johnschool.completion.domain.CompletionReview;
import org.johnschool.completion.domain.CompletionRule;
import org.johnschool.completion.domain.CompletionRule.Trace;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.InvalidTransitionException;
import org.johnschool.platform.Phrase;
import org.johnschool.program.domain.Program;
import org.johnschool.referral.application.CaseOutcomes;
import org.johnschool.referral.application.CaseOutcomes.CaseOutcome;
import org.johnschool.referral.domain.ReferralStatus;

/**
 * Decides completion: evaluates the rule on the case's class days, account and post-test whenever one of
 * them changes. When every condition holds the case waits in the completion review for a coordinator, who
 * confirms it (completed that day, certificate issued) or sends it back with a reason; a program that turned
 * the review off completes the case at once. An admin may complete a case against the rule with a written reason.
 */
@Stateless
@RolesAllowed({Role.FACILITATOR_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class Completions {

  @Inject ClassDay classDay;
  @Inject PrePostTests tests;
  @Inject Cashier cashier;
  @Inject CaseOutcomes outcomes;
  @Inject Certificates certificates;
  @Inject org.johnschool.program.application.ProgramTime time;
  @Inject org.johnschool.referral.application.CaseEnrollment enrollment;
  @PersistenceContext EntityManager em;

  /** A case's completion as the case page and the API show it; {@code review} is its latest completion review (null: none). */
  public record CompletionView(long referralId, ReferralStatus status, LocalDate completedOn, String completedBy, String overrideReason,
      Trace trace, CertificateView certificate, ReviewView review) implements java.io.Serializable {}

  /** A completion review: WAITING, CONFIRMED, SENT_BACK (with the reason) or WITHDRAWN (the rule stopped holding). */
  public record ReviewView(CompletionReview.Status status, LocalDate readyOn, String decidedBy, java.time.Instant decidedAt, String reason)
      implements java.io.Serializable {}

  /** A case waiting in the completion review list. */
  public record Waiting(long referralId, String courtCaseNumber, String name, LocalDate readyOn, LocalDate deadline)
      implements java.io.Serializable {}

  public Trace trace(StaffScope scope, long referralId) {
    ModuleProgress progress = classDay.progress(scope, referralId);
    return trace(scope, referralId, progress.required(), progress.remaining());
  }

  private Trace trace(StaffScope scope, long referralId, List<String> required, List<String> remaining) {
    var balance = cashier.balance(scope, referralId); // one read of the ledger: a positive balance is owed
    Integer passMark = program(scope).getPostTestPassMark();
    CompletionRule.PostTest postTest = tests.postTestScore(scope, referralId)
        .map(t -> new CompletionRule.PostTest(true, t.right(), t.items(), passMark)).orElse(CompletionRule.PostTest.notTaken(passMark));
    return CompletionRule.evaluate(new CompletionRule.Facts(required, remaining, classDay.dayUnderway(scope, referralId).orElse(null),
        balance.toString(), balance.isPositive(), postTest));
  }

  private Program program(StaffScope scope) {
    return em.find(Program.class, scope.programId());
  }

  /** The completion part of a case page: the view, the modules attended, the test sittings and the court's deadline. */
  public record CasePart(CompletionView completion, ClassDay.Progress progress, List<SittingView> tests, LocalDate deadline) {}

  /** Reads the case page's completion part in one transaction: the case and its class days are read once. */
  public CasePart casePart(StaffScope scope, long referralId, String language) {
    CaseOutcome o = outcomes.outcome(scope, referralId);
    ClassDay.Progress progress = classDay.progressView(scope, referralId, language);
    // The page names the modules still to attend by their titles in the page's language (the API by their keys).
    List<String> remaining = progress.remaining().stream().map(k -> progress.titles().getOrDefault(k, k)).toList();
    Trace trace = trace(scope, referralId, progress.required(), remaining);
    return new CasePart(view(scope, o, trace), progress, tests.ofCase(scope, referralId), o.deadline());
  }

  public CompletionView view(StaffScope scope, long referralId) {
    return view(scope, outcomes.outcome(scope, referralId), trace(scope, referralId));
  }

  private CompletionView view(StaffScope scope, CaseOutcome o, Trace trace) {
    ReviewView review = latestReview(scope, o.id()).map(r -> new ReviewView(r.getStatus(), r.getReadyOn(), r.getDecidedBy(),
        r.getDecidedAt(), r.getReason())).orElse(null);
    return new CompletionView(o.id(), o.status(), o.completedOn(), o.completedBy(), o.completionOverrideReason(), trace,
        certificates.ofCase(scope, o.id()).orElse(null), review);
  }

  /**
   * Looks at an enrolled case again (whenever a condition may have changed): when every condition holds it waits for a
   * coordinator's confirmation, or completes at once in a program without the review; a review still waiting is
   * withdrawn when the rule no longer holds. Answers whether the case completed.
   */
  public boolean evaluate(StaffScope scope, long referralId) {
    if (outcomes.lockStatus(scope, referralId) != ReferralStatus.ENROLLED) {
      return false;
    }
    Optional<CompletionReview> waiting = waitingReview(scope, referralId);
    if (!trace(scope, referralId).allMet()) {
      waiting.ifPresent(r -> r.withdraw(time.instant()));
      return false;
    }
    if (program(scope).isCompletionReview()) {
      if (waiting.isEmpty()) {
        em.persist(new CompletionReview(scope.programId(), referralId, time.today(scope.programId())));
      }
      return false;
    }
    complete(scope, referralId);
    return true;
  }

  private void complete(StaffScope scope, long referralId) {
    LocalDate today = time.today(scope.programId());
    outcomes.completeByRule(scope, referralId, today);
    certificates.issue(scope, referralId, today);
  }

  /** The cases waiting for a coordinator's confirmation, longest waiting first. */
  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public List<Waiting> waiting(StaffScope scope) {
    List<CompletionReview> reviews = em.createQuery("select r from CompletionReview r where r.programId = :p and r.status = :w "
        + "order by r.readyOn, r.id", CompletionReview.class).setParameter("p", scope.programId())
        .setParameter("w", CompletionReview.Status.WAITING).getResultList();
    var cases = enrollment.cases(reviews.stream().map(CompletionReview::getReferralId).toList(), scope);
    return reviews.stream().filter(r -> cases.containsKey(r.getReferralId())).map(r -> {
      var c = cases.get(r.getReferralId());
      return new Waiting(r.getReferralId(), c.courtCaseNumber(), c.fullName(), r.getReadyOn(), c.deadline());
    }).toList();
  }

  /** How many cases wait for a coordinator's confirmation (the dashboard's count). */
  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public long countWaiting(StaffScope scope) {
    return em.createQuery("select count(r) from CompletionReview r where r.programId = :p and r.status = :w", Long.class)
        .setParameter("p", scope.programId()).setParameter("w", CompletionReview.Status.WAITING).getSingleResult();
  }

  /**
   * A coordinator confirms a waiting completion: the rule is looked at once more and the case completes today with its
   * certificate; when the rule no longer holds the review is withdrawn and the answer says what is missing (409).
   */
  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public CompletionView confirm(StaffScope scope, long referralId) {
    ReferralStatus status = outcomes.lockStatus(scope, referralId);
    CompletionReview review = waitingReview(scope, referralId)
        .orElseThrow(() -> new InvalidTransitionException(Phrase.of("completion.review.none", status)));
    Trace trace = trace(scope, referralId);
    if (status != ReferralStatus.ENROLLED || !trace.allMet()) {
      throw new InvalidTransitionException(Phrase.of("completion.review.noLonger", trace.checks().stream().filter(c -> !c.met())
          .map(CompletionRule.Check::detail).collect(java.util.stream.Collectors.joining(" "))));
    }
    review.confirm(scope.username(), time.instant());
    complete(scope, referralId);
    return view(scope, referralId);
  }

  /** A coordinator sends a waiting completion back with the reason; the case stays enrolled until the rule is met again. */
  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public CompletionView sendBack(StaffScope scope, long referralId, String reason) {
    ReferralStatus status = outcomes.lockStatus(scope, referralId);
    CompletionReview review = waitingReview(scope, referralId)
        .orElseThrow(() -> new InvalidTransitionException(Phrase.of("completion.review.none", status)));
    review.sendBack(reason, scope.username(), time.instant());
    em.flush();
    return view(scope, referralId);
  }

  private Optional<CompletionReview> waitingReview(StaffScope scope, long referralId) {
    return em.createQuery("select r from CompletionReview r where r.programId = :p and r.referralId = :r and r.status = :w",
        CompletionReview.class).setParameter("p", scope.programId()).setParameter("r", referralId)
        .setParameter("w", CompletionReview.Status.WAITING).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultStream().findFirst();
  }

  private Optional<CompletionReview> latestReview(StaffScope scope, long referralId) {
    return em.createQuery("select r from CompletionReview r where r.programId = :p and r.referralId = :r order by r.id desc",
        CompletionReview.class).setParameter("p", scope.programId()).setParameter("r", referralId).setMaxResults(1)
        .getResultStream().findFirst();
  }

  /** An admin completes the case although the rule does not hold, with the written reason; when it holds, the rule completes it. */
  @RolesAllowed(Role.ADMIN_NAME)
  public CompletionView completeByAdmin(StaffScope scope, long referralId, String reason) {
    if (outcomes.lockStatus(scope, referralId) != ReferralStatus.ENROLLED) {
      throw new InvalidTransitionException(Phrase.of("completion.notEnrolled", outcomes.outcome(scope, referralId).status()));
    }
    if (trace(scope, referralId).allMet()) { // the rule holds: the admin's word is the review's confirmation
      Optional<CompletionReview> waiting = waitingReview(scope, referralId);
      waiting.ifPresent(r -> r.confirm(scope.username(), time.instant()));
      complete(scope, referralId);
    } else {
      waitingReview(scope, referralId).ifPresent(r -> r.withdraw(time.instant()));
      LocalDate today = time.today(scope.programId());
      outcomes.completeByAdmin(scope, referralId, today, reason);
      certificates.issue(scope, referralId, today);
    }
    return view(scope, referralId);
  }
}
