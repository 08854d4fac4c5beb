package org.johnschool.referral.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.domain.Role;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.referral.application.DocketRejectedException;
import org.johnschool.referral.application.HistoricalCaseImport;

/** Past participants from a program's old spreadsheets, for the recidivism cohorts. */
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
@Path("/historical-cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recidivism")
public class HistoricalCaseResource {

  @Inject HistoricalCaseImport imports;
  @Inject CurrentStaff staff;
  @Context HttpServletRequest request;

  @POST
  @Path("/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(summary = "Import past cases (coordinators, admins)",
      description = "CSV with the header court, court_case_number, first_name, last_name, date_of_birth, sex, state_id, fbi_number, "
          + "referral_date, outcome (completed, failed, ineligible, declined), exit_date (required for completed and failed), disposition "
          + "(dismissed, convicted, other; optional), disposition_date. The cases are marked historical and closed (never scheduled or "
          + "charged). 200 {rows, imported}. Any bad row, or a case already in the system: 400, nothing stored, errors [{row, column, message}].")
  public Response importFile(InputStream csv) {
    try {
      return Response.ok(imports.importFile(csv, staff.scope(), request.getRemoteAddr())).build();
    } catch (DocketRejectedException e) {
      return DocketImportResource.rejected(e);
    }
  }
}
