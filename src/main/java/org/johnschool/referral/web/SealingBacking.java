package org.johnschool.referral.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;
import org.johnschool.referral.application.ReferralView.PersonView;
import org.johnschool.referral.application.SealedRecords;
import org.johnschool.referral.application.SealedRecords.Reading;
import org.johnschool.referral.application.SealedRecords.SealingOrder;

/** A case page's sealing part: the clerk's sealing order, and an admin's reading of a sealed identity with a reason. */
@Named
@ViewScoped
public class SealingBacking implements Serializable {

  @Inject CurrentStaff staff;
  /** The case the page shows, read and scoped once by the page ({@code CaseBacking.load}). */
  @Inject CaseBacking openCase;
  @Inject SealedRecords sealed;

  private long referralId;
  private String reason;
  private PersonView identity;
  private List<Reading> readings = List.of();
  private String orderDate;
  private String legalBasis;

  @PostConstruct
  void load() {
    if (openCase.getReferral() == null) {
      return;
    }
    referralId = openCase.getReferral().id();
  }

  public void readIdentity() {
    try {
      identity = sealed.readIdentity(staff.scope(), referralId, reason);
      readings = sealed.readings(staff.scope(), referralId);
      reason = null;
    } catch (BusinessException e) {
      Messages.refused(e, field -> "reason".equals(field) ? "sealedForm:sealedReason" : null);
    }
  }

  public String recordOrder() {
    try {
      sealed.recordOrder(staff.scope(), referralId, new SealingOrder(orderDate, legalBasis));
      Messages.info("sealing.recorded");
      String page = FacesContext.getCurrentInstance().getViewRoot().getViewId().replace(".xhtml", "");
      return page + "?faces-redirect=true&id=" + referralId;
    } catch (BusinessException e) {
      Messages.refused(e, field -> switch (field) {
        case "date" -> "sealingOrderForm:orderDate";
        case "legalBasis" -> "sealingOrderForm:legalBasis";
        default -> null;
      });
      return null;
    }
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public PersonView getIdentity() {
    return identity;
  }

  public List<Reading> getReadings() {
    return readings;
  }

  public String getOrderDate() {
    return orderDate;
  }

  public void setOrderDate(String orderDate) {
    this.orderDate = orderDate;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(String legalBasis) {
    this.legalBasis = legalBasis;
  }
}
