package org.johnschool.scheduling.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.domain.Role;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.scheduling.application.EnrollmentDesk;
import org.johnschool.scheduling.application.EnrollmentDesk.EnrollmentView;
import org.johnschool.scheduling.application.WarningsToConfirmException;
import org.johnschool.scheduling.domain.EnrollmentWarning;
import org.johnschool.scheduling.domain.SessionFullException;

/** A case's enrollment: enroll (or join the waitlist), reschedule, cancel, and its history. */
@Path("/referrals/{id}/enrollment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enrollment")
public class EnrollmentResource {

  @Inject EnrollmentDesk desk;
  @Inject CurrentStaff staff;
  @Context UriInfo uri;

  /** {@code confirmWarnings} confirms a session after the court's deadline or in another language. */
  public record EnrollRequest(Long sessionId, Boolean confirmWarnings) {}

  public record RescheduleRequest(Long sessionId, String reason, Boolean confirmWarnings) {}

  /** 409 when the session is full: the waitlist is offered. */
  public record FullBody(int status, String message, long sessionId, boolean waitlistAvailable, String waitlist) {}

  /** 422 when the enrollment needs confirmation: nothing changed. */
  public record WarningsBody(int status, String message, List<EnrollmentWarning> warnings, List<String> explanations) {}

  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Enroll an eligible case in a session", description = "Body {sessionId, confirmWarnings?}. With ?waitlist=true a full "
      + "session puts the case on its waitlist (201 with status WAITLISTED) instead of answering 409.")
  @APIResponse(responseCode = "201", description = "The enrollment (status ENROLLED or WAITLISTED, seatsLeft)")
  @APIResponse(responseCode = "409", description = "The session is full (waitlistAvailable, waitlist: the URL to join it), or the case is already enrolled, or not eligible")
  @APIResponse(responseCode = "422", description = "warnings to confirm (AFTER_DEADLINE, LANGUAGE_DIFFERS): send confirmWarnings: true")
  public Response enroll(@PathParam("id") long referralId, @QueryParam("waitlist") boolean waitlist, EnrollRequest body) {
    if (body == null || body.sessionId() == null) {
      throw new InvalidInputException("sessionId", "Name the session (sessionId).");
    }
    try {
      EnrollmentView e = desk.enroll(staff.scope(), referralId, body.sessionId(), waitlist, Boolean.TRUE.equals(body.confirmWarnings()));
      return Response.created(uri.getAbsolutePathBuilder().replaceQuery(null).build()).entity(e).build();
    } catch (SessionFullException e) {
      String join = uri.getAbsolutePathBuilder().replaceQuery("waitlist=true").build().toString();
      return Response.status(409).entity(new FullBody(409, e.getMessage(), body.sessionId(), true, join)).build();
    } catch (WarningsToConfirmException e) {
      return warnings(e);
    }
  }

  @GET
  @Operation(summary = "The case's enrollments, newest first (the current one, if any, first)")
  public List<EnrollmentView> history(@PathParam("id") long referralId) {
    return desk.ofCase(staff.scope(), referralId);
  }

  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  @POST
  @Path("/reschedule")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move the case to another session with a reason", description = "Within the program's reschedule limit (default 1).")
  @APIResponse(responseCode = "200", description = "The new enrollment")
  @APIResponse(responseCode = "409", description = "The target is full, the limit is reached, or the case is not enrolled")
  public Response reschedule(@PathParam("id") long referralId, RescheduleRequest body) {
    if (body == null || body.sessionId() == null) {
      throw new InvalidInputException("sessionId", "Name the session to move to (sessionId).");
    }
    try {
      return Response.ok(desk.reschedule(staff.scope(), referralId, body.sessionId(), body.reason(),
          Boolean.TRUE.equals(body.confirmWarnings()))).build();
    } catch (SessionFullException e) {
      return Response.status(409).entity(new FullBody(409, e.getMessage(), body.sessionId(), false, null)).build();
    } catch (WarningsToConfirmException e) {
      return warnings(e);
    }
  }

  @DELETE
  @Operation(summary = "Cancel the case's enrollment or waitlist place", description = "?reason= is required; a freed seat goes to the first of the waitlist.")
  @APIResponse(responseCode = "204", description = "Cancelled")
  @APIResponse(responseCode = "404", description = "No current enrollment")
  public Response cancel(@PathParam("id") long referralId, @QueryParam("reason") String reason) {
    desk.cancel(staff.scope(), referralId, reason);
    return Response.noContent().build();
  }

  private static Response warnings(WarningsToConfirmException e) {
    return Response.status(422).entity(new WarningsBody(422, e.getMessage(), e.warnings(), e.explanations())).build();
  }
}
