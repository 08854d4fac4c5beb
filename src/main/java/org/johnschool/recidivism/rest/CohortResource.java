package org.johnschool.recidivism.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.domain.Role;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.recidivism.application.CohortReport;
import org.johnschool.recidivism.application.CohortReports;
import org.johnschool.recidivism.application.CohortResultsCsv;
import org.johnschool.recidivism.application.CohortRequest;
import org.johnschool.recidivism.application.EvaluatorExport;
import org.johnschool.recidivism.application.ExportColumns;
import org.johnschool.recidivism.application.SavedCohorts;
import org.johnschool.recidivism.domain.CohortDefinition;

/** Cohort measures for evaluators and outside tools. */
@RolesAllowed({Role.EVALUATOR_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
@Path("/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recidivism")
public class CohortResource {

  @Inject CohortReports reports;
  @Inject SavedCohorts saved;
  @Inject EvaluatorExport export;
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
    return reports.report(staff.scope(), definition(request));
  }

  @POST
  @Path("/report.csv")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  @Operation(summary = "The same report's figures as CSV (the page's download): rates, survival rows and the log-rank test",
      description = "Body as POST /cohorts/report. Columns: " + CohortResultsCsv.HEADER + "; suppressed cells are left empty.")
  public Response reportCsv(CohortRequest request) {
    CohortReport report = reports.report(staff.scope(), definition(request));
    StreamingOutput body = out -> CohortResultsCsv.write(report, out);
    return Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"cohort-results.csv\"").build();
  }

  @GET
  @Path("/{id:[0-9]+}/report.csv")
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  @Operation(summary = "A saved cohort's report figures as CSV, on today's data")
  public Response rerunCsv(@PathParam("id") long id) {
    CohortReport report = reports.report(staff.scope(), saved.get(staff.scope(), id).definition().toDefinition());
    StreamingOutput body = out -> CohortResultsCsv.write(report, out);
    return Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"cohort-results.csv\"").build();
  }

  private static CohortDefinition definition(CohortRequest request) {
    if (request == null) {
      throw new InvalidInputException(List.of(new FieldError("indexFrom", "Send the cohort definition as JSON.")));
    }
    return request.toDefinition();
  }

  /** A definition to save under a name. */
  public record SaveRequest(String name, CohortRequest definition) {}

  @GET
  @Operation(summary = "Saved cohort definitions of the program, by name")
  public List<SavedCohorts.Saved> saved() {
    return saved.list(staff.scope());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save a cohort definition under a name: 201 with it; 409 when the name is taken")
  public Response save(SaveRequest request) {
    SavedCohorts.Saved s = saved.save(staff.scope(), request == null ? null : request.name(), request == null ? null : request.definition());
    return Response.status(201).entity(s).build();
  }

  @GET
  @Path("/{id:[0-9]+}")
  @Operation(summary = "One saved cohort definition")
  public SavedCohorts.Saved one(@PathParam("id") long id) {
    return saved.get(staff.scope(), id);
  }

  @GET
  @Path("/{id:[0-9]+}/report")
  @Operation(summary = "Re-run a saved cohort: the same answer as POST /cohorts/report with its definition, on today's data")
  public CohortReport rerun(@PathParam("id") long id) {
    return reports.report(staff.scope(), saved.get(staff.scope(), id).definition().toDefinition());
  }

  @POST
  @Path("/export")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  @Operation(summary = "De-identified person-level export of a cohort and its comparison group (CSV)",
      description = "One row per case: pid (keyed pseudonym), court, outcome_group, historical, age_band, index_date, follow_up_days, "
          + "re-arrest flag and days to the first re-arrest per category (any, sex_buying, other_sex_offense, violent, other), fee and "
          + "attendance summaries, pre/post scores. No names, dates of birth, identifiers or free text. Columns are described by "
          + "GET /cohorts/export/dictionary. Every export is recorded in the security log.")
  public Response export(CohortRequest request) {
    CohortDefinition d = definition(request);
    export.checkReady(staff.scope());
    var scope = staff.scope();
    StreamingOutput body = out -> export.write(scope, d, out);
    return Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"cohort-export.csv\"").build();
  }

  @GET
  @Path("/export/dictionary")
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  @Operation(summary = "The data dictionary of the export (CSV: column, type, meaning)")
  public Response dictionary() {
    return Response.ok(ExportColumns.dictionary(), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"cohort-export-dictionary.csv\"").build();
  }
}
