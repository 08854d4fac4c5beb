package org.johnschool.recidivism.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.domain.Role;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.recidivism.application.ArrestRecordImport;
import org.johnschool.recidivism.application.ArrestRecordImport.Stored;
import org.johnschool.referral.application.DocketRejectedException;
import org.johnschool.referral.rest.DocketImportResource;

/** Re-arrest records for the recidivism follow-up: imports and what is stored. */
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
@Path("/arrest-records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recidivism")
public class ArrestRecordResource {

  @Inject ArrestRecordImport imports;
  @Inject CurrentStaff staff;

  @POST
  @Path("/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(summary = "Import re-arrest records (coordinators, admins)",
      description = "CSV with the header source_record_id, first_name, last_name, date_of_birth, sex, state_id, fbi_number, arrest_date, "
          + "agency, statute, description, offense_category (SEX_BUYING, OTHER_SEX_OFFENSE, VIOLENT, OTHER). A known source_record_id is "
          + "updated, a new one inserted: 200 {rows, inserted, updated}. Any bad row: 400, nothing stored, errors [{row, column, message}].")
  public Response importFile(InputStream csv) {
    try {
      return Response.ok(imports.importFile(csv, staff.scope())).build();
    } catch (DocketRejectedException e) {
      return DocketImportResource.rejected(e);
    }
  }

  @GET
  @Path("/summary")
  @Operation(summary = "How many re-arrest records the program holds, by offense category")
  public Stored summary() {
    return imports.stored(staff.scope());
  }
}
