package org.johnschool.billing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.billing.application.PaymentPlans;
import org.johnschool.billing.application.PaymentPlans.PlanView;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.NotFoundException;

/** A case's payment plan. */
@Path("/referrals/{id}/payment-plan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fees")
public class PaymentPlanResource {

  @Inject PaymentPlans plans;
  @Inject CurrentStaff staff;

  public record PlanRequest(Integer count, String firstDue, Integer everyDays) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Spread the balance over installments", description = "{count (2–24), firstDue (YYYY-MM-DD), everyDays (7–92, default 30)}; "
      + "equal amounts, the leftover cents on the last; replaces a plan in force")
  public Response create(@PathParam("id") long referralId, PlanRequest body) {
    PlanRequest b = body == null ? new PlanRequest(null, null, null) : body;
    return Response.status(201).entity(plans.create(staff.scope(), referralId, b.count(), b.firstDue(), b.everyDays())).build();
  }

  @GET
  @Operation(summary = "The plan in force, each installment PAID, PARTLY_PAID, DUE or OVERDUE")
  public PlanView get(@PathParam("id") long referralId) {
    return plans.of(staff.scope(), referralId).orElseThrow(() -> new NotFoundException("The case has no payment plan."));
  }
}
