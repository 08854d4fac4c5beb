package org.johnschool.completion.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.johnschool.billing.application.Cashier;
import org.johnschool.classday.application.ClassDay;
import org.johnschool.classday.application.PrePostTests;
import org.johnschool.classday.application.PrePostTests.SittingView;
import org.johnschool.classday.domain.ModuleProgress;
import org.johnschool.completion.application.Certificates.CertificateView;
import org.johnschool.completion.domain.CompletionRule;
import org.johnschool.completion.domain.CompletionRule.Trace;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.InvalidTransitionException;
import org.johnschool.platform.Phrase;
import org.johnschool.referral.application.CaseOutcomes;
import org.johnschool.referral.application.CaseOutcomes.CaseOutcome;
import org.johnschool.referral.domain.ReferralStatus;

/**
 * Decides completion: evaluates the rule on the case's class days, account and post-test whenever one of
 * them changes, completes the case with today's date when every condition holds and issues its
 * certificate. An admin may complete a case against the rule with a written reason.
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

  /** A case's completion as the case page and the API show it. */
  public record CompletionView(long referralId, ReferralStatus status, LocalDate completedOn, String completedBy, String overrideReason,
      Trace trace, CertificateView certificate) implements java.io.Serializable {}

  public Trace trace(StaffScope scope, long referralId) {
    ModuleProgress progress = classDay.progress(scope, referralId);
    return trace(scope, referralId, progress.required(), progress.remaining());
  }

  private Trace trace(StaffScope scope, long referralId, List<String> required, List<String> remaining) {
    var balance = cashier.balance(scope, referralId); // one read of the ledger: a positive balance is owed
    return CompletionRule.evaluate(new CompletionRule.Facts(required, remaining, classDay.dayUnderway(scope, referralId).orElse(null),
        balance.toString(), balance.isPositive(), tests.postTestTaken(scope, referralId)));
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
    return new CompletionView(o.id(), o.status(), o.completedOn(), o.completedBy(), o.completionOverrideReason(), trace,
        certificates.ofCase(scope, o.id()).orElse(null));
  }

  /** Completes an enrolled case whose every condition holds (called whenever a condition may have changed). */
  public boolean evaluate(StaffScope scope, long referralId) {
    if (outcomes.lockStatus(scope, referralId) != ReferralStatus.ENROLLED || !trace(scope, referralId).allMet()) {
      return false;
    }
    LocalDate today = time.today(scope.programId());
    outcomes.completeByRule(scope, referralId, today);
    certificates.issue(scope, referralId, today);
    return true;
  }

  /** An admin completes the case although the rule does not hold, with the written reason; when it holds, the rule completes it. */
  @RolesAllowed(Role.ADMIN_NAME)
  public CompletionView completeByAdmin(StaffScope scope, long referralId, String reason) {
    if (outcomes.lockStatus(scope, referralId) != ReferralStatus.ENROLLED) {
      throw new InvalidTransitionException(Phrase.of("completion.notEnrolled", outcomes.outcome(scope, referralId).status()));
    }
    if (!evaluate(scope, referralId)) {
      LocalDate today = time.today(scope.programId());
      outcomes.completeByAdmin(scope, referralId, today, reason);
      certificates.issue(scope, referralId, today);
    }
    return view(scope, referralId);
  }
}
