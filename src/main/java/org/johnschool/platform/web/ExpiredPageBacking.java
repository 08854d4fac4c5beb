package org.johnschool.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The "page expired" page: the way back to the page the person was on, if it is one of ours. */
@Named
@RequestScoped
public class ExpiredPageBacking {

  /** The page to open again: a path inside this application, or null (the page then offers the dashboard only). */
  public String getAgain() {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    String again = ec.getRequestParameterMap().get("again");
    String root = ec.getRequestContextPath() + "/";
    boolean ours = again != null && again.startsWith(root) && !again.startsWith("//") && !again.contains("\\")
        && !again.contains("expired.xhtml");
    return ours ? again : null;
  }
}
