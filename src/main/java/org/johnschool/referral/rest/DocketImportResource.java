package org.johnschool.referral.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.domain.Role;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.referral.application.DocketImport;
import org.johnschool.referral.application.DocketRejectedException;
import org.johnschool.referral.application.ImportSummary;

/** A court's docket file (CSV) imported all or nothing. */
@Path("/referrals/import")
@Tag(name = "Referrals")
public class DocketImportResource {

  @Inject DocketImport docketImport;
  @Inject CurrentStaff staff;
  @jakarta.ws.rs.core.Context jakarta.servlet.http.HttpServletRequest request;

  @RolesAllowed({Role.CLERK_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import a docket file", description = "CSV with a header row (columns in the README). All or nothing.")
  @APIResponse(responseCode = "200", description = "Stored: {imported, eligible, ineligible}")
  @APIResponse(responseCode = "400", description = "Nothing stored: errors lists {row, column, message} for every bad row (the first 1,000; problemCount counts all)")
  public Response importDocket(InputStream csv) {
    try {
      ImportSummary summary = docketImport.importDocket(csv, staff.scope(), request.getRemoteAddr(), null);
      return Response.ok(summary).build();
    } catch (DocketRejectedException e) {
      return rejected(e);
    }
  }

  /** The 400 answer for a refused import file (every import of the API answers this way). */
  public static Response rejected(DocketRejectedException e) {
    return Response.status(400).entity(new RejectionBody(400, e.getMessage(), e.problemCount(),
        e.problems().stream().map(p -> new RowError(p.row(), p.column(), p.column(), p.message())).toList())).build();
  }

  /** One bad row; {@code field} repeats the column so that the body keeps the API's error shape. */
  public record RowError(long row, String column, String field, String message) {}

  /** The answer for a refused file. */
  public record RejectionBody(int status, String message, long problemCount, List<RowError> errors) {}

}
