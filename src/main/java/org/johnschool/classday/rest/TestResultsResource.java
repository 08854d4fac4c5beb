package org.johnschool.classday.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.classday.application.PrePostResults;
import org.johnschool.classday.application.PrePostResults.Analysis;
import org.johnschool.identity.application.CurrentStaff;

/** The pre/post test analysis, per session and over the program. */
@Path("/tests/analysis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Class day")
public class TestResultsResource {

  @Inject PrePostResults results;
  @Inject CurrentStaff staff;

  @GET
  @Operation(summary = "Pre/post analysis: mean scores before and after, the paired difference with its 95% CI, per-item change",
      description = "?session=ID for one session (default: the whole program with a line per session); ?lang=en|es for item prompts. "
          + "Knowledge scores are percent right; attitude scores 1–5. Only participants with both tests count.")
  public Analysis analysis(@QueryParam("session") Long session, @QueryParam("lang") String lang) {
    return results.analysis(staff.scope(), session, lang == null || lang.isBlank() ? "en" : lang);
  }
}
