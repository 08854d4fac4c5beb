package org.johnschool.billing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.domain.Role;
import org.johnschool.billing.application.FeeItems;
import org.johnschool.billing.application.FeeItems.ItemRequest;
import org.johnschool.billing.application.FeeItems.ItemView;
import org.johnschool.billing.application.FeeReports;
import org.johnschool.billing.application.FeeReports.AllocationReport;
import org.johnschool.billing.application.FeeReports.DayClose;
import org.johnschool.billing.domain.Allocation.Share;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.rest.QueryParams;

/** Daily close (JSON and CSV for accounting), the allocation report and the allocation shares. */
@Path("/fees")
@Tag(name = "Fees")
public class FeeReportResource {

  @Inject FeeReports reports;
  @Inject CurrentStaff staff;
  @Inject org.johnschool.program.application.ProgramTime time;

  @GET
  @Path("/daily-close")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Daily close: totals by method and the day's receipts", description = "?date=YYYY-MM-DD (default today), ?cashier=username")
  public DayClose dailyClose(@QueryParam("date") String date, @QueryParam("cashier") String cashier) {
    return reports.dailyClose(staff.scope(), QueryParams.date(date, "date", today()), cashier);
  }

  @GET
  @Path("/daily-close.csv")
  @Produces("text/csv")
  @Operation(summary = "The day's receipts as CSV for accounting")
  public Response dailyCloseCsv(@QueryParam("date") String date, @QueryParam("cashier") String cashier) {
    DayClose close = reports.dailyClose(staff.scope(), QueryParams.date(date, "date", today()), cashier);
    return Response.ok(FeeReports.csv(close)).type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"daily-close-" + close.date() + ".csv\"").build();
  }

  @GET
  @Path("/allocation")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Fees collected in a period split to funds", description = "?from=&to= (YYYY-MM-DD); the parts add up to the collected amount to the cent")
  public AllocationReport allocation(@QueryParam("from") String from, @QueryParam("to") String to) {
    LocalDate t = QueryParams.date(to, "to", today());
    return reports.allocation(staff.scope(), QueryParams.date(from, "from", t.withDayOfMonth(1)), t);
  }

  @Inject org.johnschool.billing.application.PaymentPlans plans;
  @Inject org.johnschool.billing.application.Cashier cashier;

  @Inject FeeItems items;

  public record Schedule(String baseFee, String currency, String largestPayment, String adjustmentLimit, List<ItemView> items) {}

  @GET
  @Path("/schedule")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The program's fee schedule: the base fee (USD) and the separate items")
  public Schedule schedule() {
    org.johnschool.billing.application.Cashier.Limits limits = cashier.limits(staff.scope());
    return new Schedule(cashier.baseFee(staff.scope()).toString(), "USD", limits.largestPayment().toString(),
        limits.adjustmentLimit().toString(), items.list(staff.scope()));
  }

  @GET
  @Path("/items")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The separate fee items (e.g. an STI test fee), retired ones included")
  public List<ItemView> items() {
    return items.list(staff.scope());
  }

  @POST
  @Path("/items")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a fee item (admins)", description = "{name, amount, chargedAtEnrollment}; 409 when the name is taken")
  public Response addItem(ItemRequest body) {
    return Response.status(201).entity(items.add(staff.scope(), body)).build();
  }

  @PUT
  @Path("/items/{itemId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change or retire a fee item (admins)", description = "{name, amount, chargedAtEnrollment, retired}; posted charges keep their amount")
  public ItemView changeItem(@PathParam("itemId") long itemId, ItemRequest body) {
    return items.change(staff.scope(), itemId, body);
  }

  @PUT
  @Path("/schedule")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the base fee and the limits on money (admins)", description = "{baseFee?, largestPayment?, adjustmentLimit?}: "
      + "the base fee is charged at first enrollment from now on; one payment is at most largestPayment (default 10000.00); a coordinator's "
      + "adjustment is at most adjustmentLimit (default 250.00) and never leaves a credit. Each left out stays; one refused changes nothing.")
  public Schedule changeSchedule(Schedule body) {
    cashier.changeSchedule(staff.scope(), body == null ? null : body.baseFee(), body == null ? null : body.largestPayment(),
        body == null ? null : body.adjustmentLimit());
    return schedule();
  }

  @GET
  @Path("/overdue")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Cases with overdue installments, oldest due first")
  public List<org.johnschool.billing.application.PaymentPlans.OverdueLine> overdue() {
    return plans.overdue(staff.scope());
  }

  @GET
  @Path("/allocation-shares")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The program's funds and their shares")
  public List<Share> shares() {
    return reports.shares(staff.scope());
  }

  @RolesAllowed({Role.ADMIN_NAME})
  @PUT
  @Path("/allocation-shares")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace the shares (admins)", description = "[{fund, share}], shares add up to exactly 1")
  public List<Share> changeShares(List<Share> shares) {
    return reports.changeShares(staff.scope(), shares);
  }

  /** The program's day: a report's default date. */
  private LocalDate today() {
    return time.today(staff.scope().programId());
  }
}
