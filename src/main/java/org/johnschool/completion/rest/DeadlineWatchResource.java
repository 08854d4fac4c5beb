package org.johnschool.completion.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.referral.application.CaseOutcomes;
import org.johnschool.referral.application.CaseOutcomes.Overdue;

/** Cases past the court's deadline without completion, for the coordinator to confirm as failed. */
@Path("/deadline-watch")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Completion")
public class DeadlineWatchResource {

  @Inject CaseOutcomes outcomes;
  @Inject CurrentStaff staff;

  @GET
  @Operation(summary = "Eligible or enrolled cases whose court deadline has passed, oldest deadline first", description = "?first=0&max=100")
  public List<Overdue> overdue(@QueryParam("first") Integer first, @QueryParam("max") Integer max) {
    return outcomes.pastDeadline(staff.scope(), first == null ? 0 : Math.max(0, first), max == null ? 100 : Math.min(500, Math.max(1, max)));
  }
}
