package org.johnschool.recidivism.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.recidivism.application.CohortReport;
import org.johnschool.recidivism.application.CohortReports;
import org.johnschool.recidivism.application.CohortRequest;

/** Cohort measures for evaluators and outside tools. */
@Path("/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recidivism")
public class CohortResource {

  @Inject CohortReports reports;
  @Inject CurrentStaff staff;

  @POST
  @Path("/report")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Measure a cohort: re-arrest rates, Kaplan–Meier survival, log-rank test (evaluators, coordinators, admins)",
      description = "Body: {indexFrom, indexTo (YYYY-MM-DD, required), courts: [codes], outcomeGroups: [COMPLETED, FAILED, INELIGIBLE, "
          + "DECLINED, NEVER_ENROLLED] (default COMPLETED and FAILED), ageBands: [18-24, 25-34, 35-44, 45-54, 55+], offenseCategory: ANY | "
          + "SEX_BUYING | OTHER_SEX_OFFENSE | VIOLENT | OTHER, comparisonGroups: [outcome groups]}. The index event is program exit for "
          + "participants and the referral date for the others; follow-up is censored at the end of observed data (the latest arrest "
          + "import). Answer: {observedUntil, groups, rates: [{months, eligible, events, rate, lower, upper}] (Wilson 95%), comparisonRates, "
          + "survival: [{group, day, atRisk, events, censored, survival, lower, upper}] (one row per distinct event or censoring day; "
          + "Greenwood log band), logRank: {chiSquare, df, p}}. For evaluators, groups and windows with fewer people than the minimum cell "
          + "size (default 10) are suppressed (counts left out, suppressed: true) and curves stop where fewer remain at risk. 400 names "
          + "bad fields; 409 when no arrest records were imported.")
  public CohortReport report(CohortRequest request) {
    if (request == null) {
      throw new InvalidInputException(List.of(new FieldError("indexFrom", "Send the cohort definition as JSON.")));
    }
    return reports.report(staff.scope(), request.toDefinition());
  }
}
