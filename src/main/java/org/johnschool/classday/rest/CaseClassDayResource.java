package org.johnschool.classday.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.domain.Role;
import org.johnschool.classday.application.ClassDay;
import org.johnschool.classday.application.ClassDay.Progress;
import org.johnschool.classday.application.MakeUps;
import org.johnschool.classday.application.PrePostTests;
import org.johnschool.classday.application.PrePostTests.PaperEntry;
import org.johnschool.classday.application.PrePostTests.SittingView;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.InvalidInputException;

/** A case's class-day record: modules attended and remaining, make-up seats, and its pre/post tests. */
@Path("/referrals/{id}/class-day")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Class day")
public class CaseClassDayResource {

  @Inject ClassDay classDay;
  @Inject MakeUps makeUps;
  @Inject PrePostTests tests;
  @Inject CurrentStaff staff;

  public record MakeUpRequest(Long sessionId, String reason, Boolean confirmWarnings) {}

  @GET
  @Path("/modules")
  @Operation(summary = "The case's required modules, those attended (across sessions) and those remaining")
  public Progress modules(@PathParam("id") long referralId, @QueryParam("lang") String language) {
    return classDay.progressView(staff.scope(), referralId, language == null ? "en" : language);
  }

  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  @POST
  @Path("/makeup")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Enroll the case in a later session to make up missed modules",
      description = "{sessionId, reason, confirmWarnings}; counts toward the reschedule limit; 201 with the enrollment")
  public Response makeUp(@PathParam("id") long referralId, MakeUpRequest body) {
    if (body == null || body.sessionId() == null) {
      throw new InvalidInputException("sessionId", "Choose the session for the make-up.");
    }
    return Response.status(201)
        .entity(makeUps.enroll(staff.scope(), referralId, body.sessionId(), body.reason(), Boolean.TRUE.equals(body.confirmWarnings()))).build();
  }

  @GET
  @Path("/tests")
  @Operation(summary = "The case's pre- and post-test with scores per item")
  public List<SittingView> tests(@PathParam("id") long referralId) {
    return tests.ofCase(staff.scope(), referralId);
  }

  @POST
  @Path("/tests")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Enter a pre- or post-test from the paper sheet",
      description = "{kind: PRE|POST, sessionId, language (default the person's), answers: {\"question-id\": \"b\" or \"4\"}}; knowledge items "
          + "take a letter, attitude statements a rating 1-5; 201 with the scores; 409 when that test is already on record")
  public Response enter(@PathParam("id") long referralId, PaperEntry body) {
    return Response.status(201).entity(tests.enterPaper(staff.scope(), referralId, body)).build();
  }
}
