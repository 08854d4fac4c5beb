package org.johnschool.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The page's error summary: every problem with a field, under the field's label, as a link to the field (each
 * message also stands under its field). Errors of no field stay in the page's messages.
 */
@Named
@RequestScoped
public class ErrorSummary {

  /** One problem: the input it is about and what to say. */
  public record Item(String clientId, String text) {}

  public List<Item> getItems() {
    FacesContext fc = FacesContext.getCurrentInstance();
    List<Item> items = new ArrayList<>();
    for (Iterator<String> ids = fc.getClientIdsWithMessages(); ids.hasNext();) {
      String clientId = ids.next();
      if (clientId == null) {
        continue;
      }
      for (FacesMessage m : fc.getMessageList(clientId)) {
        if (m.getSeverity().compareTo(FacesMessage.SEVERITY_WARN) >= 0) {
          items.add(new Item(clientId, m.getSummary()));
        }
      }
    }
    return items;
  }
}
