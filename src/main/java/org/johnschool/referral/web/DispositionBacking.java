package org.johnschool.referral.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;
import org.johnschool.referral.application.DispositionDesk;
import org.johnschool.referral.application.DispositionDesk.DispositionRequest;

/** The clerk records the court's final disposition from the case page. */
@Named
@ViewScoped
public class DispositionBacking implements Serializable {

  @Inject CurrentStaff staff;
  /** The case the page shows, read and scoped once by the page ({@code CaseBacking.load}). */
  @Inject CaseBacking openCase;
  @Inject DispositionDesk desk;

  private long referralId;
  private String category = "DISMISSED";
  private String date;
  private String description;

  @PostConstruct
  void load() {
    if (openCase.getReferral() == null) {
      return;
    }
    referralId = openCase.getReferral().id();
  }

  public String record() {
    try {
      desk.record(staff.scope(), referralId, new DispositionRequest(category, date, description));
      Messages.info("disposition.recorded");
      String page = FacesContext.getCurrentInstance().getViewRoot().getViewId().replace(".xhtml", "");
      return page + "?faces-redirect=true&id=" + referralId;
    } catch (BusinessException e) {
      Messages.refused(e, field -> switch (field) {
        case "category", "date", "description" -> "dispositionForm:disposition" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        default -> null;
      });
      return null;
    }
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
