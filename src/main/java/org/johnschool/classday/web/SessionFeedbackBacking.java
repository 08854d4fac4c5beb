package org.johnschool.classday.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.johnschool.classday.application.ClassEvaluations;
import org.johnschool.classday.application.ClassEvaluations.Summary;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.identity.domain.Role;

/** The participants' feedback shown on a session's page (sessions/session.xhtml?id=). */
@Named
@ViewScoped
public class SessionFeedbackBacking implements Serializable {

  @Inject ClassEvaluations evaluations;
  @Inject CurrentStaff staff;

  private Summary summary;
  private long sessionId;
  private FeedbackForm feedback = new FeedbackForm();

  @PostConstruct
  void load() {
    String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    if (id != null && id.matches("\\d{1,18}") && staff.isAny(Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN)) {
      try {
        sessionId = Long.parseLong(id);
        summary = evaluations.summary(staff.scope(), sessionId);
      } catch (BusinessException e) {
        summary = null;
      }
    }
  }

  /** One participant's paper feedback form, copied by staff. */
  public void enter() {
    try {
      summary = evaluations.enterPaper(staff.scope(), sessionId,
          feedback.ratings());
      feedback = new FeedbackForm();
      org.johnschool.platform.web.Messages.info("common.saved");
    } catch (BusinessException e) {
      org.johnschool.platform.web.Messages.refused(e, field -> "feedbackForm:" + field);
    }
  }

  public FeedbackForm getFeedback() {
    return feedback;
  }

  public Summary getSummary() {
    return summary;
  }
}
