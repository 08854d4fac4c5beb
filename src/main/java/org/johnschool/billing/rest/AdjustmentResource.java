package org.johnschool.billing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.billing.application.AdjustmentDesk;
import org.johnschool.billing.application.AdjustmentDesk.AdjustmentView;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.identity.domain.Role;

/** Adjustments waiting for an admin (made by POST /referrals/{id}/account/adjustments beyond the limit): list, decide. */
@Path("/adjustments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fees")
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class AdjustmentResource {

  @Inject AdjustmentDesk desk;
  @Inject CurrentStaff staff;

  public record Decision(String note) {}

  @GET
  @Operation(summary = "Adjustment requests waiting for a decision, oldest first (admins)")
  public List<AdjustmentView> open() {
    return desk.open(staff.scope());
  }

  @GET
  @Path("/case/{referralId}")
  @Operation(summary = "A case's adjustment requests, newest first")
  public List<AdjustmentView> ofCase(@PathParam("referralId") long referralId) {
    return desk.ofCase(staff.scope(), referralId);
  }

  @POST
  @Path("/{id}/approval")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Approve (admins; never the requester): posts the ADJUSTMENT entry", description = "{note?}; 409 when decided or "
      + "when the approver asked for it")
  public AdjustmentView approve(@PathParam("id") long id, Decision body) {
    return desk.approve(staff.scope(), id, body == null ? null : body.note());
  }

  @POST
  @Path("/{id}/rejection")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reject with a note (admins; never the requester)", description = "{note}")
  public AdjustmentView reject(@PathParam("id") long id, Decision body) {
    return desk.reject(staff.scope(), id, body == null ? null : body.note());
  }
}
