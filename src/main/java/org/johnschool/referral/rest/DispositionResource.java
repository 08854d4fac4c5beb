package org.johnschool.referral.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.referral.application.DispositionDesk;
import org.johnschool.referral.application.DispositionDesk.DispositionRequest;

/** The court's final disposition of a case, recorded by its clerk. */
@Path("/referrals/{id}/disposition")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Court reporting")
public class DispositionResource {

  @Inject DispositionDesk desk;
  @Inject CurrentStaff staff;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record the court's final disposition (clerks of the case's court, admins)",
      description = "{category: DISMISSED|CONVICTED|OTHER, date: YYYY-MM-DD, description}; after completion or return to court; "
          + "DISMISSED after completion makes the case DISMISSED; recorded once (409 when already on record); 201 with the case")
  public Response record(@PathParam("id") long referralId, DispositionRequest body) {
    return Response.status(201).entity(desk.record(staff.scope(), referralId, body)).build();
  }
}
