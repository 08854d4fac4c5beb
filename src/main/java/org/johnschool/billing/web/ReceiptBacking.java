package org.johnschool.billing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.johnschool.billing.application.Cashier;
import org.johnschool.billing.application.Cashier.ReceiptDocument;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.NotFoundException;

/** A printable receipt (cases/receipt.xhtml). */
@Named
@RequestScoped
public class ReceiptBacking {

  @Inject CurrentStaff staff;
  @Inject Cashier cashier;

  private Long entry;
  private ReceiptDocument document;

  public void load() throws IOException {
    try {
      if (entry == null) {
        throw new NotFoundException("No receipt given.");
      }
      document = cashier.receiptDocument(staff.scope(), entry);
    } catch (NotFoundException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public Long getEntry() {
    return entry;
  }

  public void setEntry(Long entry) {
    this.entry = entry;
  }

  public ReceiptDocument getDocument() {
    return document;
  }
}
