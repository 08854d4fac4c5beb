package org.johnschool.billing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.domain.Role;
import org.johnschool.billing.application.FeeAssessments;
import org.johnschool.billing.application.FeeAssessments.AssessmentView;
import org.johnschool.billing.application.FeeAssessments.TierInput;
import org.johnschool.billing.application.FeeAssessments.TierView;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.NotFoundException;

/** The sliding scale (admins set it) and each case's financial assessment. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fees")
public class AssessmentResource {

  @Inject FeeAssessments assessments;
  @Inject CurrentStaff staff;

  public record AssessmentRequest(String householdIncome, Integer householdSize, String note) {}

  @GET
  @Path("sliding-scale")
  @Operation(summary = "The program's sliding-scale tiers, in order")
  public List<TierView> tiers() {
    return assessments.tiers(staff.scope());
  }

  @RolesAllowed({Role.ADMIN_NAME})
  @PUT
  @Path("sliding-scale")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace the tiers (admins)", description = "[{incomeLimit (household of one), perPerson (added per extra member), fee}]; "
      + "limits rise and fees do not fall from tier to tier; no tier fits: the base fee")
  public List<TierView> changeTiers(List<TierInput> tiers) {
    return assessments.changeTiers(staff.scope(), tiers);
  }

  @POST
  @Path("assessments/{referralId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record a case's financial assessment", description = "{householdIncome (annual), householdSize, note}; the program fee follows")
  public Response assess(@PathParam("referralId") long referralId, AssessmentRequest body) {
    AssessmentRequest b = body == null ? new AssessmentRequest(null, null, null) : body;
    return Response.status(201).entity(assessments.assess(staff.scope(), referralId, b.householdIncome(), b.householdSize(), b.note())).build();
  }

  @GET
  @Path("assessments/{referralId}")
  @Operation(summary = "A case's latest financial assessment")
  public AssessmentView latest(@PathParam("referralId") long referralId) {
    return assessments.latest(staff.scope(), referralId).orElseThrow(() -> new NotFoundException("The case has no financial assessment."));
  }
}
