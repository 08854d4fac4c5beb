package org.johnschool.referral.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.referral.application.EligibilityReview;
import org.johnschool.referral.application.ReferralHistory;
import org.johnschool.referral.application.ReferralIntake;
import org.johnschool.referral.application.ReferralQueries;
import org.johnschool.referral.application.ReferralRequest;
import org.johnschool.referral.application.ReferralView;
import org.johnschool.referral.domain.EligibilityResult;
import org.johnschool.referral.domain.ReferralFilter;
import org.johnschool.referral.domain.ReferralSort;
import org.johnschool.referral.domain.ReferralStatus;

/** Referrals for court systems: refer a case, read one, list a page. */
@Path("/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
public class ReferralResource {

  static final int MAX_PAGE_SIZE = 200;

  @Inject ReferralIntake intake;
  @Inject ReferralQueries queries;
  @Inject EligibilityReview review;
  @Inject ReferralHistory history;
  @Inject CurrentStaff staff;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Refer a case", description = "Stores the referral and screens it for eligibility at once.")
  @APIResponse(responseCode = "201", description = "Referred; Location names the new referral; the body carries id, status and eligibility")
  @APIResponse(responseCode = "400", description = "Invalid input: errors lists {field, message}")
  @APIResponse(responseCode = "409", description = "The court already referred this court case number; existingId names that referral")
  public Response refer(ReferralRequest request) {
    ReferralView created = intake.refer(request, staff.scope());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Read a referral", description = "404 when it does not exist or lies outside the caller's court or program.")
  public ReferralView get(@PathParam("id") long id) {
    return queries.get(id, staff.scope());
  }

  @GET
  @Operation(summary = "List referrals", description = "Newest first; page from 0; size 1 to 200 (default 50).")
  public PageBody list(@QueryParam("status") String status, @QueryParam("court") String court,
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? 50 : size;
    if (p < 0) {
      throw new InvalidInputException("page", "Pages count from 0.");
    }
    if (s < 1 || s > MAX_PAGE_SIZE) {
      throw new InvalidInputException("size", "Use a page size from 1 to " + MAX_PAGE_SIZE + ".");
    }
    ReferralFilter filter = new ReferralFilter(status(status), court == null || court.isBlank() ? null : court.trim().toUpperCase(Locale.ROOT),
        null, null, null);
    var result = queries.page(staff.scope(), filter, ReferralSort.REFERRAL_DATE, false, p * s, s);
    return new PageBody(result.items(), p, s, result.total());
  }

  @POST
  @Path("/{id}/eligibility-override")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Override the screening result (coordinator)", description = "Body: {\"result\":\"ELIGIBLE\",\"justification\":\"…\"}")
  public ReferralView override(@PathParam("id") long id, OverrideRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "Send {\"result\":…, \"justification\":…}.");
    }
    EligibilityResult decision;
    try {
      decision = request.result() == null ? null : EligibilityResult.valueOf(request.result().trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("result", "Use ELIGIBLE or INELIGIBLE.");
    }
    return review.override(id, decision, request.justification(), staff.scope());
  }

  @GET
  @Path("/{id}/history")
  @Operation(summary = "A referral's audit history (admin)", description = "Every recorded change of the referral and its person: who, when, from where, what.")
  public java.util.List<ReferralHistory.Entry> history(@PathParam("id") long id) {
    return history.of(id, staff.scope());
  }

  private static ReferralStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return ReferralStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "Unknown status; use one of " + java.util.Arrays.toString(ReferralStatus.values()) + ".");
    }
  }

  /** A coordinator's override of the screening result. */
  public record OverrideRequest(String result, String justification) {}

  /** One page of referrals. */
  public record PageBody(java.util.List<ReferralView> items, int page, int size, long total) {}
}
