package org.johnschool.referral.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;
import org.johnschool.referral.application.EligibilityRules;
import org.johnschool.referral.application.EligibilityRules.RulesForm;

/** Admin page of the eligibility rules (admin/eligibility.xhtml). */
@Named
@RequestScoped
public class EligibilityRulesBacking {

  @Inject CurrentStaff staff;
  @Inject EligibilityRules rules;

  private int minimumAge;
  private String buyerStatutes;
  private String traffickingStatutes;
  private boolean requireFirstOffense;
  private boolean requireNoPriorDiversion;
  private boolean excludeRegistered;
  private boolean excludePending;

  @PostConstruct
  void load() {
    RulesForm f = rules.current(staff.scope());
    minimumAge = f.minimumAge();
    buyerStatutes = f.buyerStatutes();
    traffickingStatutes = f.traffickingStatutes();
    requireFirstOffense = f.requireFirstOffense();
    requireNoPriorDiversion = f.requireNoPriorDiversion();
    excludeRegistered = f.excludeRegisteredOffenders();
    excludePending = f.excludePendingSimilar();
  }

  public void save() {
    try {
      rules.change(staff.scope(), new RulesForm(minimumAge, buyerStatutes, traffickingStatutes, requireFirstOffense,
          requireNoPriorDiversion, excludeRegistered, excludePending));
      Messages.info("common.saved");
    } catch (BusinessException e) {
      Messages.refused(e, field -> "rules:" + field);
    }
  }

  public int getMinimumAge() {
    return minimumAge;
  }

  public void setMinimumAge(int minimumAge) {
    this.minimumAge = minimumAge;
  }

  public String getBuyerStatutes() {
    return buyerStatutes;
  }

  public void setBuyerStatutes(String buyerStatutes) {
    this.buyerStatutes = buyerStatutes;
  }

  public String getTraffickingStatutes() {
    return traffickingStatutes;
  }

  public void setTraffickingStatutes(String traffickingStatutes) {
    this.traffickingStatutes = traffickingStatutes;
  }

  public boolean isRequireFirstOffense() {
    return requireFirstOffense;
  }

  public void setRequireFirstOffense(boolean v) {
    this.requireFirstOffense = v;
  }

  public boolean isRequireNoPriorDiversion() {
    return requireNoPriorDiversion;
  }

  public void setRequireNoPriorDiversion(boolean v) {
    this.requireNoPriorDiversion = v;
  }

  public boolean isExcludeRegistered() {
    return excludeRegistered;
  }

  public void setExcludeRegistered(boolean v) {
    this.excludeRegistered = v;
  }

  public boolean isExcludePending() {
    return excludePending;
  }

  public void setExcludePending(boolean v) {
    this.excludePending = v;
  }
}
