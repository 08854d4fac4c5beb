package org.johnschool.billing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.billing.application.Cashier;
import org.johnschool.billing.application.Cashier.Receipt;
import org.johnschool.identity.application.CurrentStaff;

/** Ledger entries: a payment's receipt is voided by a reversing entry. */
@Path("/account-entries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fees")
public class AccountEntryResource {

  @Inject Cashier cashier;
  @Inject CurrentStaff staff;

  public record VoidRequest(String reason) {}

  @POST
  @Path("/{entryId}/void")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Void a payment's receipt with a reason", description = "Posts a reversing entry; the receipt stays on record.")
  public Receipt voidReceipt(@PathParam("entryId") long entryId, VoidRequest body) {
    return cashier.voidPayment(staff.scope(), entryId, body == null ? null : body.reason());
  }
}
