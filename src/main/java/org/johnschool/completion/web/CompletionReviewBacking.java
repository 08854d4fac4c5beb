package org.johnschool.completion.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.johnschool.completion.application.Completions;
import org.johnschool.completion.application.Completions.Waiting;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;

/** The completion review (cases/completion-reviews.xhtml): completions waiting for a coordinator, confirmed or sent back here. */
@Named
@ViewScoped
public class CompletionReviewBacking implements Serializable {

  @Inject CurrentStaff staff;
  @Inject Completions completions;

  private List<Waiting> cases = List.of();
  private final Map<Long, String> reasons = new HashMap<>();

  @PostConstruct
  void load() {
    cases = completions.waiting(staff.scope());
  }

  public void confirm(Waiting c) {
    try {
      completions.confirm(staff.scope(), c.referralId());
      Messages.info("completion.review.confirmed", c.courtCaseNumber());
      load();
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
      load();
    }
  }

  public void sendBack(Waiting c) {
    try {
      completions.sendBack(staff.scope(), c.referralId(), reasons.get(c.referralId()));
      Messages.info("completion.review.sentBackCase", c.courtCaseNumber());
      reasons.remove(c.referralId());
      load();
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  public List<Waiting> getCases() {
    return cases;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }
}
