package org.johnschool.billing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.johnschool.billing.application.Cashier;
import org.johnschool.billing.application.Cashier.AccountView;
import org.johnschool.billing.application.Cashier.EntryView;
import org.johnschool.billing.application.Cashier.PaymentRequest;
import org.johnschool.billing.application.Cashier.Receipt;
import org.johnschool.billing.domain.PaymentMethod;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;

/**
 * The fees part of a case page: balance, entries, recording a payment (one idempotency key per opened
 * form, so a double click stores one payment) and voiding a receipt with a reason.
 */
@Named
@ViewScoped
public class FeesBacking implements Serializable {

  @Inject transient CurrentStaff staff;
  @Inject transient Cashier cashier;

  private long referralId;
  private AccountView account;
  private String amount;
  private PaymentMethod method = PaymentMethod.CASH;
  private String reference;
  private String paymentKey = UUID.randomUUID().toString();
  private String voidReason;
  private Long lastEntryId;

  @PostConstruct
  void load() {
    String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    if (id == null || !id.matches("\\d{1,18}") || !staff.isAny("COORDINATOR", "ADMIN")) {
      return;
    }
    referralId = Long.parseLong(id);
    account = cashier.account(staff.scope(), referralId);
  }

  public void pay() {
    try {
      Receipt r = cashier.recordPayment(staff.scope(), referralId, new PaymentRequest(amount, method == null ? null : method.name(), reference),
          paymentKey);
      Messages.info("fees.paid", r.receiptNumber(), r.balanceAfter());
      lastEntryId = r.entryId();
      amount = null;
      reference = null;
      paymentKey = UUID.randomUUID().toString();
      account = cashier.account(staff.scope(), referralId);
    } catch (BusinessException e) {
      Messages.refused(e, field -> switch (field) {
        case "amount", "reference" -> "feesForm:" + field;
        case "method" -> "feesForm:method";
        default -> null;
      });
    }
  }

  public void voidReceipt(EntryView entry) {
    try {
      cashier.voidPayment(staff.scope(), entry.id(), voidReason);
      Messages.info("fees.voided", entry.receiptNumber());
      voidReason = null;
      account = cashier.account(staff.scope(), referralId);
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  public boolean isVisible() {
    return account != null;
  }

  public PaymentMethod[] getMethods() {
    return PaymentMethod.values();
  }

  public AccountView getAccount() {
    return account;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public PaymentMethod getMethod() {
    return method;
  }

  public void setMethod(PaymentMethod method) {
    this.method = method;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getVoidReason() {
    return voidReason;
  }

  public void setVoidReason(String voidReason) {
    this.voidReason = voidReason;
  }

  public Long getLastEntryId() {
    return lastEntryId;
  }
}
