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
import org.johnschool.identity.domain.Role;

/**
 * The fees part of a case page: balance, entries, recording a payment (one idempotency key per opened
 * form, so a double click stores one payment) and voiding a receipt with a reason.
 */
@Named
@ViewScoped
public class FeesBacking implements Serializable {

  @Inject CurrentStaff staff;
  /** The case the page shows, read and scoped once by the page ({@code CaseBacking.load}). */
  @Inject org.johnschool.referral.web.CaseBacking openCase;
  @Inject Cashier cashier;
  @Inject org.johnschool.billing.application.FeeAssessments assessments;
  @Inject org.johnschool.billing.application.PaymentPlans plans;
  @Inject org.johnschool.billing.application.WaiverDesk waivers;
  @Inject org.johnschool.billing.application.FeeItems feeItems;

  private long referralId;
  private AccountView account;
  private String amount;
  private String creditLeft;
  private PaymentMethod method = PaymentMethod.CASH;
  private String reference;
  private String paymentKey = UUID.randomUUID().toString();
  private String voidReason;
  private Long lastEntryId;
  private org.johnschool.billing.application.FeeAssessments.AssessmentView assessment;
  private java.util.List<org.johnschool.billing.application.WaiverDesk.WaiverView> waiverRequests = java.util.List.of();
  private String income;
  private Integer householdSize;
  private String assessmentNote;
  private Integer installments = 4;
  private String firstDue;
  private Integer everyDays = 30;
  private String waiverAmount;
  private String waiverReason;
  private String decisionNote;
  private java.util.List<org.johnschool.billing.application.FeeItems.ItemView> items = java.util.List.of();
  private Long itemId;

  @PostConstruct
  void load() {
    if (openCase.getReferral() == null || !staff.isAny(Role.COORDINATOR, Role.ADMIN)) {
      return;
    }
    referralId = openCase.getReferral().id();
    refresh();
    items = feeItems.list(staff.scope()).stream().filter(i -> !i.retired()).toList();
  }

  /** Charges the chosen separate item (e.g. the STI test) to the case. */
  public void chargeItem() {
    try {
      cashier.chargeItem(staff.scope(), referralId, itemId);
      Messages.info("fees.itemCharged");
      refresh();
    } catch (BusinessException e) {
      Messages.refused(e, field -> "itemId".equals(field) ? "itemForm:item" : null);
    }
  }

  public java.util.List<org.johnschool.billing.application.FeeItems.ItemView> getItems() {
    return items;
  }

  public Long getItemId() {
    return itemId;
  }

  public void setItemId(Long itemId) {
    this.itemId = itemId;
  }

  private void refresh() {
    account = cashier.account(staff.scope(), referralId);
    assessment = assessments.latest(staff.scope(), referralId).orElse(null);
    waiverRequests = waivers.ofCase(staff.scope(), referralId);
  }

  public void assess() {
    try {
      var a = assessments.assess(staff.scope(), referralId, income, householdSize, assessmentNote);
      Messages.info("fees.assessed", a.fee());
      income = null;
      householdSize = null;
      assessmentNote = null;
      refresh();
    } catch (BusinessException e) {
      Messages.refused(e, field -> switch (field) {
        case "householdIncome" -> "assessmentForm:income";
        case "householdSize" -> "assessmentForm:householdSize";
        case "note" -> "assessmentForm:assessmentNote";
        default -> null;
      });
    }
  }

  public void makePlan() {
    try {
      plans.create(staff.scope(), referralId, installments, firstDue, everyDays);
      Messages.info("fees.planMade");
      refresh();
    } catch (BusinessException e) {
      Messages.refused(e, field -> switch (field) {
        case "count" -> "planForm:installments";
        case "firstDue" -> "planForm:firstDue";
        case "everyDays" -> "planForm:everyDays";
        default -> null;
      });
    }
  }

  public void requestWaiver() {
    try {
      waivers.request(staff.scope(), referralId, waiverAmount, waiverReason);
      Messages.info("fees.waiverRequested");
      waiverAmount = null;
      waiverReason = null;
      refresh();
    } catch (BusinessException e) {
      Messages.refused(e, field -> switch (field) {
        case "amount" -> "waiverForm:waiverAmount";
        case "reason" -> "waiverForm:waiverReason";
        default -> null;
      });
    }
  }

  public void approve(org.johnschool.billing.application.WaiverDesk.WaiverView w) {
    decide(w, true);
  }

  public void reject(org.johnschool.billing.application.WaiverDesk.WaiverView w) {
    decide(w, false);
  }

  private void decide(org.johnschool.billing.application.WaiverDesk.WaiverView w, boolean approve) {
    try {
      if (approve) {
        waivers.approve(staff.scope(), w.id(), decisionNote);
      } else {
        waivers.reject(staff.scope(), w.id(), decisionNote);
      }
      Messages.info(approve ? "fees.waiverApproved" : "fees.waiverRejected");
      decisionNote = null;
      refresh();
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  /** Whether the signed-in admin may decide this request (someone else asked for it). */
  public boolean mayDecide(org.johnschool.billing.application.WaiverDesk.WaiverView w) {
    return staff.is(Role.ADMIN) && w.decidableBy(staff.getUsername());
  }

  /**
   * Records the payment; one above the balance is refused by the cashier until the person confirms the credit it
   * leaves ({@link #payWithCredit}) or changes the amount.
   */
  public void pay() {
    record(false);
  }

  /** The person confirmed a payment above the balance: it is recorded and leaves a credit. */
  public void payWithCredit() {
    creditLeft = null;
    record(true);
  }

  /** Back to the amount without recording anything. */
  public void keepAmount() {
    creditLeft = null;
  }

  /** The credit the payment typed would leave, while the person decides; null otherwise. */
  public String getCreditLeft() {
    return creditLeft;
  }

  private void record(boolean allowCredit) {
    try {
      Receipt r = cashier.recordPayment(staff.scope(), referralId,
          new PaymentRequest(amount, method == null ? null : method.name(), reference, allowCredit), paymentKey);
      Messages.info("fees.paid", r.receiptNumber(), r.balanceAfter());
      lastEntryId = r.entryId();
      amount = null;
      reference = null;
      paymentKey = UUID.randomUUID().toString();
      refresh();
    } catch (BusinessException e) {
      if (!allowCredit && e.errors().stream().allMatch(f -> "allowCredit".equals(f.field())) && !e.errors().isEmpty()) {
        // what the confirmation shows: the amount less what is owed
        creditLeft = org.johnschool.billing.domain.Money.parsePositive(amount, "amount")
            .minus(org.johnschool.billing.domain.Money.of(account.balance())).toString();
        return;
      }
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
      refresh();
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  public boolean isVisible() {
    return account != null;
  }

  /**
   * An entry as people read it, in the page's language: "Payment by check", "Reversal of receipt R-2026-000017"; a
   * charge by its fee's name. (The ledger keeps its own English description for the record.)
   */
  public String describe(EntryView e) {
    return switch (e.type()) {
      case PAYMENT -> Messages.text("fees.describe.PAYMENT." + e.method());
      case REVERSAL -> account.entries().stream().filter(o -> e.reverses() != null && o.id() == e.reverses()).findFirst()
          .map(o -> o.receiptNumber() != null ? Messages.text("fees.describe.reversalOfReceipt", o.receiptNumber())
              : Messages.text("fees.describe.reversalOf", Messages.text("fees.type." + o.type()).toLowerCase(Messages.locale())))
          .orElse(Messages.text("fees.type.REVERSAL"));
      case CHARGE -> Cashier.PROGRAM_FEE.equals(e.description()) ? Messages.text("fees.describe.programFee") : e.description();
      default -> Messages.text("fees.type." + e.type());
    };
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

  public org.johnschool.billing.application.FeeAssessments.AssessmentView getAssessment() {
    return assessment;
  }

  public java.util.List<org.johnschool.billing.application.WaiverDesk.WaiverView> getWaiverRequests() {
    return waiverRequests;
  }

  public String getIncome() {
    return income;
  }

  public void setIncome(String income) {
    this.income = income;
  }

  public Integer getHouseholdSize() {
    return householdSize;
  }

  public void setHouseholdSize(Integer householdSize) {
    this.householdSize = householdSize;
  }

  public String getAssessmentNote() {
    return assessmentNote;
  }

  public void setAssessmentNote(String assessmentNote) {
    this.assessmentNote = assessmentNote;
  }

  public Integer getInstallments() {
    return installments;
  }

  public void setInstallments(Integer installments) {
    this.installments = installments;
  }

  public String getFirstDue() {
    return firstDue;
  }

  public void setFirstDue(String firstDue) {
    this.firstDue = firstDue;
  }

  public Integer getEveryDays() {
    return everyDays;
  }

  public void setEveryDays(Integer everyDays) {
    this.everyDays = everyDays;
  }

  public String getWaiverAmount() {
    return waiverAmount;
  }

  public void setWaiverAmount(String waiverAmount) {
    this.waiverAmount = waiverAmount;
  }

  public String getWaiverReason() {
    return waiverReason;
  }

  public void setWaiverReason(String waiverReason) {
    this.waiverReason = waiverReason;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public void setDecisionNote(String decisionNote) {
    this.decisionNote = decisionNote;
  }
}
