package org.johnschool.linkage.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.domain.Role;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.linkage.application.LinkReview;
import org.johnschool.linkage.application.LinkReviews;
import org.johnschool.linkage.application.LinkageRun;
import org.johnschool.linkage.application.RecordLinkage;
import org.johnschool.linkage.domain.ArrestLink;
import org.johnschool.linkage.domain.LinkThresholds;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.InvalidInputException;

/** Record linkage for coordinators and admins: runs, and the review queue. */
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
@Path("/linkage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Record linkage")
public class LinkageResource {

  @Inject RecordLinkage linkage;
  @Inject LinkReviews reviews;
  @Inject CurrentStaff staff;

  /** Optional thresholds of a run (defaults 15 and 11). */
  public record RunRequest(Double upper, Double lower) {}

  /** A reviewer's decision: MATCH or NO_MATCH, with an optional note. */
  public record Decision(String decision, String note) {}

  @POST
  @Path("/runs")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Link the program's arrest records to its persons",
      description = "Deterministic on state ID or FBI number, otherwise scored on names, date of birth and sex within blocks. A pair at or "
          + "above `upper` (default 15) links, one between `lower` (default 11) and `upper` goes to review. Replaces earlier automatic links "
          + "and open reviews; decisions people made stay. 200 with the run's counts.")
  public LinkageRun run(RunRequest request) {
    LinkThresholds t = request == null ? LinkThresholds.DEFAULT : LinkThresholds.of(request.upper(), request.lower());
    return linkage.run(staff.scope(), t);
  }

  @GET
  @Path("/runs")
  @Operation(summary = "The program's linkage runs, newest first")
  public List<LinkageRun> runs(@QueryParam("limit") @DefaultValue("20") int limit) {
    return linkage.runs(staff.scope(), Math.max(1, Math.min(limit, 200)));
  }

  @GET
  @Path("/reviews")
  @Operation(summary = "Pairs waiting for review, highest score first, side by side with the evidence")
  public LinkReview.Page queue(@QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
    return reviews.list(staff.scope(), ArrestLink.State.REVIEW, offset, limit);
  }

  @GET
  @Path("/links")
  @Operation(summary = "Pairs in one state: LINKED (automatic), REVIEW, CONFIRMED or REJECTED; highest score first (limit up to 1000)")
  public LinkReview.Page links(@QueryParam("state") @DefaultValue("LINKED") String state, @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("25") int limit) {
    ArrestLink.State s;
    try {
      s = ArrestLink.State.valueOf(state);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new FieldError("state", "Say LINKED, REVIEW, CONFIRMED or REJECTED.")));
    }
    return reviews.list(staff.scope(), s, offset, limit);
  }

  @GET
  @Path("/reviews/{id}")
  @Operation(summary = "One pair with its evidence and decision")
  public LinkReview pair(@PathParam("id") long id) {
    return reviews.get(staff.scope(), id);
  }

  @POST
  @Path("/reviews/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Decide a pair: MATCH confirms it, NO_MATCH rejects it for good (409 when already decided)")
  public LinkReview decide(@PathParam("id") long id, Decision decision) {
    List<FieldError> errors = new ArrayList<>();
    if (decision == null || decision.decision() == null || !List.of("MATCH", "NO_MATCH").contains(decision.decision())) {
      errors.add(new FieldError("decision", "Say MATCH or NO_MATCH."));
    }
    if (decision != null && decision.note() != null && decision.note().length() > 500) {
      errors.add(new FieldError("note", "The note has at most 500 characters."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return reviews.decide(staff.scope(), id, "MATCH".equals(decision.decision()), decision.note());
  }
}
