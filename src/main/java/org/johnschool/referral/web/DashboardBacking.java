package org.johnschool.referral.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.referral.application.CaseOutcomes;
import org.johnschool.referral.application.ReferralQueries;
import org.johnschool.referral.application.ReferralView;
import org.johnschool.referral.domain.ReferralFilter;
import org.johnschool.referral.domain.ReferralSort;
import org.johnschool.referral.domain.ReferralStatus;
import org.johnschool.identity.domain.Role;

/** Each role's landing page: what needs doing, with counts that open filtered lists. */
@Named
@RequestScoped
public class DashboardBacking {

  /** How many of a clerk's latest referrals the dashboard lists. */
  static final int RECENT = 8;

  @Inject CurrentStaff staff;
  @Inject ReferralQueries queries;
  @Inject CaseOutcomes outcomes;
  @Inject org.johnschool.program.application.ProgramTime time;

  private Map<ReferralStatus, Long> counts;
  private long newThisWeek;
  private List<ReferralView> recent = List.of();
  private long pastDeadline;
  private long completionReviews;
  @Inject org.johnschool.completion.application.Completions completions;

  @PostConstruct
  void load() {
    counts = queries.countByStatus(staff.scope());
    newThisWeek = queries.countReferredSince(staff.scope(), time.today(staff.scope().programId()).minusDays(7));
    if (staff.is(Role.CLERK)) {
      recent = queries.items(staff.scope(), ReferralFilter.NONE, ReferralSort.REFERRAL_DATE, false, 0, RECENT);
    }
    if (staff.isAny(Role.COORDINATOR, Role.ADMIN)) {
      pastDeadline = outcomes.countPastDeadline(staff.scope());
      completionReviews = completions.countWaiting(staff.scope());
    }
  }

  /** A clerk's latest referrals, newest first. */
  public List<ReferralView> getRecent() {
    return recent;
  }

  /** Open cases (eligible or enrolled) whose court deadline has passed. */
  public long getPastDeadline() {
    return pastDeadline;
  }

  /** Completions waiting for a coordinator's confirmation. */
  public long getCompletionReviews() {
    return completionReviews;
  }

  public String getNewThisWeek() {
    return shown(newThisWeek);
  }

  public String count(String status) {
    return shown(counts.getOrDefault(ReferralStatus.valueOf(status), 0L));
  }

  public String getTotal() {
    return shown(counts.values().stream().mapToLong(Long::longValue).sum());
  }

  /** Evaluators read no count small enough to single someone out (the minimum cell size). */
  private String shown(long n) {
    return staff.is(Role.EVALUATOR) ? org.johnschool.platform.SmallCells.count(n, org.johnschool.platform.SmallCells.minimum()) : Long.toString(n);
  }

  /** The list a card opens: clerks see their court's list, others the case list. */
  public String getListOutcome() {
    return staff.is(Role.CLERK) ? "/clerk/referrals" : "/cases/list";
  }

  public boolean isCasesVisible() {
    return !staff.is(Role.EVALUATOR);
  }
}
