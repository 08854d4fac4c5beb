package org.johnschool.classday.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.johnschool.classday.application.PrePostResults;
import org.johnschool.classday.application.PrePostResults.Analysis;
import org.johnschool.identity.application.CurrentStaff;

/** The pre/post results page (curriculum/results.xhtml): the program, or one session (?session=). */
@Named
@ViewScoped
public class PrePostBacking implements Serializable {

  @Inject PrePostResults results;
  @Inject CurrentStaff staff;

  private Long session;
  private Analysis analysis;

  public void load() {
    analysis = results.analysis(staff.scope(), session, FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
  }

  public Long getSession() {
    return session;
  }

  public void setSession(Long session) {
    this.session = session;
  }

  public Analysis getAnalysis() {
    return analysis;
  }
}
