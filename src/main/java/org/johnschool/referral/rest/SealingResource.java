package org.johnschool.referral.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.referral.application.ReferralView.PersonView;
import org.johnschool.referral.application.SealedRecords;
import org.johnschool.referral.application.SealedRecords.Reading;
import org.johnschool.referral.application.SealedRecords.SealingOrder;

/** Sealed cases: the court's sealing order, and an admin's reading of a sealed identity with a reason. */
@Path("/referrals/{id}/sealing")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Court reporting")
public class SealingResource {

  @Inject SealedRecords sealed;
  @Inject CurrentStaff staff;

  public record Reason(String reason) {}

  @POST
  @Path("/order")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record a sealing order (clerks of the case's court, admins)", description = "{date, legalBasis}; 201 with the case (sealed: true)")
  public Response order(@PathParam("id") long referralId, SealingOrder body) {
    return Response.status(201).entity(sealed.recordOrder(staff.scope(), referralId, body)).build();
  }

  @POST
  @Path("/identity")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Read a sealed case's identity (admins, with a reason of 10 characters or more; every reading is recorded)")
  public PersonView identity(@PathParam("id") long referralId, Reason body) {
    return sealed.readIdentity(staff.scope(), referralId, body == null ? null : body.reason());
  }

  @GET
  @Path("/readings")
  @Operation(summary = "Every reading of the sealed identity: admin, reason, address, time (admins)")
  public List<Reading> readings(@PathParam("id") long referralId) {
    return sealed.readings(staff.scope(), referralId);
  }
}
