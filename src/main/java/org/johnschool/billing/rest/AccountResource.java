package org.johnschool.billing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.billing.application.Cashier;
import org.johnschool.billing.application.Cashier.AccountView;
import org.johnschool.identity.application.CurrentStaff;

/** A case's fee account: its entries and balance (positive is owed, negative a credit). */
@Path("/referrals/{id}/account")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fees")
public class AccountResource {

  @Inject Cashier cashier;
  @Inject org.johnschool.billing.application.AdjustmentDesk adjustments;
  @Inject CurrentStaff staff;

  public record AmountAndReason(String amount, String reason) {}

  public record ItemCharge(Long itemId) {}

  @jakarta.ws.rs.POST
  @Path("/charges")
  @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Charge a separate item of the fee schedule (e.g. the STI test) to the case",
      description = "{itemId}; once per case (409 when already charged); items come from GET /fees/items")
  public jakarta.ws.rs.core.Response charge(@PathParam("id") long referralId, ItemCharge body) {
    return jakarta.ws.rs.core.Response.status(201).entity(cashier.chargeItem(staff.scope(), referralId, body == null ? null : body.itemId()))
        .build();
  }

  @jakarta.ws.rs.POST
  @Path("/adjustments")
  @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Post an adjustment with a reason", description = "{amount: \"25.00\" raises what is owed, \"-25.00\" lowers it; reason}. "
      + "Within the program's adjustmentLimit (GET /fees/schedule) and not into a credit it is posted: 200 with the account. Beyond that it "
      + "waits for an admin other than the requester: 202 with the request (POST /adjustments/{id}/approval posts it).")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "Posted: the account")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "202", description = "Waiting for an admin: the request")
  public jakarta.ws.rs.core.Response adjust(@PathParam("id") long referralId, AmountAndReason body) {
    var outcome = adjustments.adjust(staff.scope(), referralId, body == null ? null : body.amount(), body == null ? null : body.reason());
    return outcome.awaiting() == null ? jakarta.ws.rs.core.Response.ok(outcome.account()).build()
        : jakarta.ws.rs.core.Response.status(202).entity(outcome.awaiting()).build();
  }

  @jakarta.ws.rs.POST
  @Path("/refunds")
  @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Refund a credit with a reason", description = "{amount, reason}; at most the credit on the account, and never more "
      + "than was paid in (payments less voids and earlier refunds): 409 names the most that can be refunded")
  public AccountView refund(@PathParam("id") long referralId, AmountAndReason body) {
    return cashier.refund(staff.scope(), referralId, body == null ? null : body.amount(), body == null ? null : body.reason());
  }

  @GET
  @Operation(summary = "A case's account: balance (positive is owed, negative a credit), totals by type, every entry")
  public AccountView account(@PathParam("id") long referralId) {
    return cashier.account(staff.scope(), referralId);
  }
}
