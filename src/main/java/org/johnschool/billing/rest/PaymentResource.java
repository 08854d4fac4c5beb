package org.johnschool.billing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.billing.application.Cashier;
import org.johnschool.billing.application.Cashier.PaymentRequest;
import org.johnschool.billing.application.Cashier.Receipt;
import org.johnschool.identity.application.CurrentStaff;

/** Payments to a case's account, idempotent by key. */
@Path("/referrals/{id}/payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fees")
public class PaymentResource {

  @Inject Cashier cashier;
  @Inject CurrentStaff staff;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record a payment", description = "Body {\"amount\":\"125.00\",\"method\":\"CASH\"} (methods CASH, CHECK with the check "
      + "number as reference, MONEY_ORDER, CARD with the outside terminal's reference — never a card number). Send an Idempotency-Key "
      + "header: the same key and body again answer the same receipt and store nothing; the same key with another body is refused. "
      + "A payment above what is owed needs \"allowCredit\":true (the rest stays as a credit); none is above the program's largestPayment "
      + "(GET /fees/schedule, 10000.00 by default).")
  @APIResponse(responseCode = "201", description = "The receipt (receiptNumber, amount, balanceAfter; replayed is true for a repeat)")
  @APIResponse(responseCode = "400", description = "errors names each bad field (amount, method, reference; allowCredit when the payment "
      + "is above the balance)")
  @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for a different payment")
  public Response pay(@PathParam("id") long referralId, @HeaderParam("Idempotency-Key") String key, PaymentRequest body) {
    Receipt receipt = cashier.recordPayment(staff.scope(), referralId, body, key);
    return Response.status(201).header("Idempotent-Replayed", String.valueOf(receipt.replayed())).entity(receipt).build();
  }
}
