package org.johnschool.completion.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;
import org.johnschool.referral.application.CaseOutcomes;
import org.johnschool.referral.application.CaseOutcomes.Overdue;

/** The deadline watch (cases/deadlines.xhtml): cases past the court's deadline; the coordinator confirms each failure with a reason. */
@Named
@ViewScoped
public class DeadlineWatchBacking implements Serializable {

  private static final int PAGE = 200;

  @Inject CurrentStaff staff;
  @Inject CaseOutcomes outcomes;

  private List<Overdue> cases = List.of();
  private final Map<Long, String> reasons = new HashMap<>();

  @PostConstruct
  void load() {
    cases = outcomes.pastDeadline(staff.scope(), 0, PAGE);
  }

  public void fail(Overdue c) {
    try {
      outcomes.fail(staff.scope(), c.id(), reasons.get(c.id()), null);
      Messages.info("deadlines.failed", c.courtCaseNumber());
      reasons.remove(c.id());
      load();
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  public List<Overdue> getCases() {
    return cases;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }
}
