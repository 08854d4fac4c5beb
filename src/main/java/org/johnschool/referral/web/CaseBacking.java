package org.johnschool.referral.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.NotFoundException;
import org.johnschool.platform.web.Messages;
import org.johnschool.referral.application.EligibilityReview;
import org.johnschool.referral.application.ReferralHistory;
import org.johnschool.referral.application.ReferralQueries;
import org.johnschool.referral.application.ReferralView;
import org.johnschool.referral.domain.EligibilityResult;
import org.johnschool.identity.domain.Role;

/** One case (cases/case.xhtml, clerk/referral.xhtml): the story so far, the override, the history for admins. */
@Named
@ViewScoped
public class CaseBacking implements Serializable {

  @Inject CurrentStaff staff;
  @Inject ReferralQueries queries;
  @Inject EligibilityReview review;
  @Inject ReferralHistory history;

  private Long id;
  private ReferralView referral;
  private List<ReferralHistory.Entry> entries;
  private String justification;

  /** View action: loads the case, or answers 404 when it is out of the caller's scope. */
  public void load() throws java.io.IOException {
    try {
      if (id == null) {
        throw new NotFoundException("No case given.");
      }
      referral = queries.get(id, staff.scope(), locale());
      entries = staff.is(Role.ADMIN) ? history.of(id, staff.scope()) : List.of();
    } catch (NotFoundException e) {
      var ec = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
      ec.responseSendError(404, e.getMessage());
      jakarta.faces.context.FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public boolean isOverridable() {
    return staff.isAny(Role.COORDINATOR, Role.ADMIN) && ("ELIGIBLE".equals(referral.status()) || "INELIGIBLE".equals(referral.status()));
  }

  /** The decision an override would make: the other one. */
  public String getOverrideTarget() {
    return "ELIGIBLE".equals(referral.status()) ? "INELIGIBLE" : "ELIGIBLE";
  }

  public void override() {
    try {
      referral = review.override(id, EligibilityResult.valueOf(getOverrideTarget()), justification, staff.scope(), locale());
      entries = staff.is(Role.ADMIN) ? history.of(id, staff.scope()) : List.of();
      justification = null;
      Messages.info("case.override.done", Messages.text("status." + referral.status()));
    } catch (BusinessException e) {
      Messages.refused(e, field -> "overrideForm:justification");
    }
  }

  private static java.util.Locale locale() {
    return jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ReferralView getReferral() {
    return referral;
  }

  private static final java.util.Set<String> FORM_FIELDS = java.util.Set.of("courtCaseNumber", "trackingNumber", "arrestDate",
      "arrestingAgency", "referralDate", "deadline", "nextCourtDate");

  /** A field of the case's history in words, as the forms label it ("courtCaseNumber" → "Court case number"). */
  public String fieldLabel(String record, String field) {
    String key = "person".equals(record) ? "refer.person." + field
        : FORM_FIELDS.contains(field) ? "refer." + field
        : "status".equals(field) ? "list.col.status" : "history.field." + field;
    try {
      return org.johnschool.platform.web.Messages.text(key);
    } catch (java.util.MissingResourceException e) {
      return field;
    }
  }

  public List<ReferralHistory.Entry> getEntries() {
    return entries;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }
}
