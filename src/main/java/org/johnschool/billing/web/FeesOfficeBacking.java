package org.johnschool.billing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.johnschool.billing.application.FeeReports;
import org.johnschool.billing.application.FeeReports.AllocationReport;
import org.johnschool.billing.application.FeeReports.DayClose;
import org.johnschool.billing.application.PaymentPlans;
import org.johnschool.billing.application.PaymentPlans.OverdueLine;
import org.johnschool.billing.application.WaiverDesk;
import org.johnschool.billing.application.WaiverDesk.WaiverView;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;
import org.johnschool.identity.domain.Role;

/** The program office's money page (fees/office.xhtml): the daily close, overdue installments, waivers to decide, fund allocation. */
@Named
@ViewScoped
public class FeesOfficeBacking implements Serializable {

  @Inject CurrentStaff staff;
  @Inject FeeReports reports;
  @Inject PaymentPlans plans;
  @Inject WaiverDesk waivers;
  @Inject org.johnschool.billing.application.AdjustmentDesk adjustments;
  @Inject org.johnschool.program.application.ProgramTime time;

  /** The daily close's day and the allocation's period (the month so far), the program's today unless chosen. */
  private String date;
  private String cashier;
  private String from;
  private String to;
  private DayClose close;
  private AllocationReport allocation;
  private List<OverdueLine> overdue;
  private List<WaiverView> openWaivers = List.of();
  private List<org.johnschool.billing.application.AdjustmentDesk.AdjustmentView> openAdjustments = List.of();
  private String decisionNote;

  @PostConstruct
  void load() {
    LocalDate today = time.today(staff.scope().programId());
    date = today.toString();
    from = today.withDayOfMonth(1).toString();
    to = today.toString();
    overdue = plans.overdue(staff.scope());
    if (staff.is(Role.ADMIN)) {
      openWaivers = waivers.open(staff.scope());
      openAdjustments = adjustments.open(staff.scope());
    }
    showClose();
    showAllocation();
  }

  /** Whether the signed-in admin may decide this adjustment (someone else asked for it). */
  public boolean mayDecide(org.johnschool.billing.application.AdjustmentDesk.AdjustmentView a) {
    return staff.is(Role.ADMIN) && a.decidableBy(staff.getUsername());
  }

  public void approveAdjustment(org.johnschool.billing.application.AdjustmentDesk.AdjustmentView a) {
    decide(a, true);
  }

  public void rejectAdjustment(org.johnschool.billing.application.AdjustmentDesk.AdjustmentView a) {
    decide(a, false);
  }

  private void decide(org.johnschool.billing.application.AdjustmentDesk.AdjustmentView a, boolean approve) {
    try {
      if (approve) {
        adjustments.approve(staff.scope(), a.id(), decisionNote);
      } else {
        adjustments.reject(staff.scope(), a.id(), decisionNote);
      }
      Messages.info(approve ? "office.adjustmentApproved" : "office.adjustmentRejected");
      decisionNote = null;
      openAdjustments = adjustments.open(staff.scope());
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  public void showClose() {
    try {
      close = reports.dailyClose(staff.scope(), parse(date, "date"), cashier);
    } catch (BusinessException e) {
      Messages.refused(e, field -> "closeForm:date");
    }
  }

  public void showAllocation() {
    try {
      allocation = reports.allocation(staff.scope(), parse(from, "from"), parse(to, "to"));
    } catch (BusinessException e) {
      Messages.refused(e, field -> "allocationForm:" + ("from".equals(field) ? "from" : "to"));
    }
  }

  /** The day's receipts as a CSV file for accounting. */
  public void downloadCsv() throws IOException {
    DayClose c = reports.dailyClose(staff.scope(), parse(date, "date"), cashier);
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = org.johnschool.platform.web.Downloads.start("daily-close-" + c.date() + ".csv", "text/csv; charset=UTF-8");
    ec.getResponseOutputStream().write(FeeReports.csv(c).getBytes(StandardCharsets.UTF_8));
    fc.responseComplete();
  }

  private static LocalDate parse(String text, String field) {
    try {
      return LocalDate.parse(text == null ? "" : text.trim());
    } catch (DateTimeParseException e) {
      throw new org.johnschool.platform.InvalidInputException(field, "Enter a date (YYYY-MM-DD).");
    }
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getCashier() {
    return cashier;
  }

  public void setCashier(String cashier) {
    this.cashier = cashier;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public DayClose getClose() {
    return close;
  }

  public AllocationReport getAllocation() {
    return allocation;
  }

  public List<OverdueLine> getOverdue() {
    return overdue;
  }

  public List<WaiverView> getOpenWaivers() {
    return openWaivers;
  }

  public List<org.johnschool.billing.application.AdjustmentDesk.AdjustmentView> getOpenAdjustments() {
    return openAdjustments;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public void setDecisionNote(String decisionNote) {
    this.decisionNote = decisionNote;
  }
}
