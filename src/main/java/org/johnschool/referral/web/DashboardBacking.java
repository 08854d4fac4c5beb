package org.johnschool.referral.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.referral.application.ReferralQueries;
import org.johnschool.referral.domain.ReferralStatus;

/** Each role's landing page: what needs doing, with counts that open filtered lists. */
@Named
@RequestScoped
public class DashboardBacking {

  @Inject CurrentStaff staff;
  @Inject ReferralQueries queries;

  private Map<ReferralStatus, Long> counts;
  private long newThisWeek;

  @PostConstruct
  void load() {
    counts = queries.countByStatus(staff.scope());
    newThisWeek = queries.countReferredSince(staff.scope(), java.time.LocalDate.now().minusDays(7));
  }

  public long getNewThisWeek() {
    return newThisWeek;
  }


  public long count(String status) {
    return counts.getOrDefault(ReferralStatus.valueOf(status), 0L);
  }

  public long getTotal() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The list a card opens: clerks see their court's list, others the case list. */
  public String getListOutcome() {
    return staff.is("CLERK") ? "/clerk/referrals" : "/cases/list";
  }

  public boolean isCasesVisible() {
    return !staff.is("EVALUATOR");
  }
}
