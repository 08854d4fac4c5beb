package org.johnschool.classday.rest;

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
import org.johnschool.classday.application.ClassEvaluations;
import org.johnschool.classday.application.ClassEvaluations.Summary;
import org.johnschool.classday.domain.SessionEvaluation.Ratings;
import org.johnschool.identity.application.CurrentStaff;

/** Participants' feedback on a class day. */
@Path("/sessions/{id}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Class day")
public class EvaluationResource {

  @Inject ClassEvaluations evaluations;
  @Inject CurrentStaff staff;

  @GET
  @Operation(summary = "The session's feedback: count, mean ratings (1 poor to 5 excellent), comments")
  public Summary summary(@PathParam("id") long sessionId) {
    return evaluations.summary(staff.scope(), sessionId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Enter one participant's paper feedback form", description = "{overall (required), content, presenters, venue: 1-5, comments}; 201 with the summary")
  public Response enter(@PathParam("id") long sessionId, Ratings body) {
    return Response.status(201).entity(evaluations.enterPaper(staff.scope(), sessionId, body)).build();
  }
}
