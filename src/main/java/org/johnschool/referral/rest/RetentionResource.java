package org.johnschool.referral.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.domain.Role;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.referral.application.SealedRetention;

/** Data retention of sealed cases (admins): a dry run that lists, or a run that purges. */
@RolesAllowed({Role.ADMIN_NAME})
@Path("/retention")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sealing")
public class RetentionResource {

  @Inject SealedRetention retention;
  @Inject CurrentStaff staff;

  @POST
  @Path("/runs")
  @Operation(summary = "Purge the identities of sealed cases past the retention period (admins)",
      description = "?dryRun=true (the default) lists the cases whose persons would be purged and changes nothing; dryRun=false purges "
          + "them. ?years= overrides JSM_SEALED_RETENTION_YEARS (0 to 200); without either: 400. Answer {runId, dryRun, retentionYears, "
          + "sealedBefore, persons, cases:[{referralId, personId, court, sealedAt}]}. Every run is recorded.")
  public SealedRetention.Result run(@QueryParam("dryRun") @DefaultValue("true") boolean dryRun, @QueryParam("years") Integer years) {
    Integer period = years != null ? years : SealedRetention.configuredYears();
    if (period == null) {
      throw new InvalidInputException(List.of(new FieldError("years", "No retention period is set (JSM_SEALED_RETENTION_YEARS); give years.")));
    }
    return retention.run(staff.scope(), period, dryRun);
  }
}
