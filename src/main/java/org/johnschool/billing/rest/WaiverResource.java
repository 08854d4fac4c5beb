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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.domain.Role;
import org.johnschool.billing.application.WaiverDesk;
import org.johnschool.billing.application.WaiverDesk.WaiverView;
import org.johnschool.identity.application.CurrentStaff;

/** Hardship waivers: request (coordinators), decide (an admin other than the requester), list. */
@Path("/waivers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fees")
public class WaiverResource {

  @Inject WaiverDesk desk;
  @Inject CurrentStaff staff;

  public record WaiverRequestBody(Long referralId, String amount, String reason) {}

  public record Decision(String note) {}

  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Request a waiver", description = "{referralId, reason, amount?} — without amount, the whole balance at approval.")
  public Response request(WaiverRequestBody body) {
    if (body == null || body.referralId() == null) {
      throw new org.johnschool.platform.InvalidInputException("referralId", "Name the case (referralId).");
    }
    return Response.status(201).entity(desk.request(staff.scope(), body.referralId(), body.amount(), body.reason())).build();
  }

  @GET
  @Operation(summary = "Waiver requests waiting for a decision (admins)")
  public List<WaiverView> open() {
    return desk.open(staff.scope());
  }

  @GET
  @Path("/case/{referralId}")
  @Operation(summary = "A case's waiver requests, newest first")
  public List<WaiverView> ofCase(@PathParam("referralId") long referralId) {
    return desk.ofCase(staff.scope(), referralId);
  }

  @POST
  @Path("/{id}/approval")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Approve (admins; never the requester): posts a WAIVER entry")
  public WaiverView approve(@PathParam("id") long id, Decision body) {
    return desk.approve(staff.scope(), id, body == null ? null : body.note());
  }

  @POST
  @Path("/{id}/rejection")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reject with a note (admins; never the requester)")
  public WaiverView reject(@PathParam("id") long id, Decision body) {
    return desk.reject(staff.scope(), id, body == null ? null : body.note());
  }
}
