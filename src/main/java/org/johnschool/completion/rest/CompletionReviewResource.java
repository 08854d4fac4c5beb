package org.johnschool.completion.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.completion.application.Completions;
import org.johnschool.completion.application.Completions.Waiting;
import org.johnschool.identity.application.CurrentStaff;

/** The completion review list: cases whose rule holds, waiting for a coordinator's confirmation. */
@Path("/completion-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Completion")
public class CompletionReviewResource {

  @Inject Completions completions;
  @Inject CurrentStaff staff;

  @GET
  @Operation(summary = "Cases waiting for a coordinator to confirm their completion, longest waiting first (coordinators, admins)",
      description = "[{referralId, courtCaseNumber, name, readyOn, deadline}]; confirm or send back at /referrals/{id}/completion/review/…")
  public List<Waiting> waiting() {
    return completions.waiting(staff.scope());
  }
}
