package org.johnschool.completion.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.completion.application.Certificates;
import org.johnschool.completion.application.Certificates.CertificateView;
import org.johnschool.completion.application.Completions;
import org.johnschool.completion.application.Completions.CompletionView;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.NotFoundException;
import org.johnschool.referral.application.CaseOutcomes;
import org.johnschool.referral.application.CaseOutcomes.CaseOutcome;

/** A case's completion: the rule's trace, completion by an admin, the certificate, and failure back to court. */
@Path("/referrals/{id}/completion")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Completion")
public class CompletionResource {

  @Inject Completions completions;
  @Inject Certificates certificates;
  @Inject CaseOutcomes outcomes;
  @Inject CurrentStaff staff;

  public record Reason(String reason) {}

  /** A failure: the reason, and before the deadline the ground (NEW_ARREST, REFUSED_TO_TAKE_PART, FOUND_INELIGIBLE). */
  public record Failure(String reason, String ground) {}

  @GET
  @Operation(summary = "The completion rule's trace (modules, fees, post-test), the completion date and the certificate")
  public CompletionView completion(@PathParam("id") long referralId) {
    return completions.view(staff.scope(), referralId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Complete the case although the rule does not hold (admins, with a written reason; audited)",
      description = "{reason}; when the rule holds, the case completes by the rule")
  public CompletionView completeByAdmin(@PathParam("id") long referralId, Reason body) {
    return completions.completeByAdmin(staff.scope(), referralId, body == null ? null : body.reason());
  }

  @POST
  @Path("/review/confirmation")
  @Operation(summary = "Confirm a completion waiting for review (coordinators, admins): the case completes today with its certificate",
      description = "409 when no completion waits for this case, or when the rule no longer holds (the answer says what is missing).")
  public CompletionView confirm(@PathParam("id") long referralId) {
    return completions.confirm(staff.scope(), referralId);
  }

  @POST
  @Path("/review/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Send a completion waiting for review back, with the reason (coordinators, admins); the case stays enrolled",
      description = "{reason} (required, at most 2,000 characters). It waits again once the rule is met after another change.")
  public CompletionView sendBack(@PathParam("id") long referralId, Reason body) {
    return completions.sendBack(staff.scope(), referralId, body == null ? null : body.reason());
  }

  @GET
  @Path("/certificate")
  @Operation(summary = "The case's certificate of completion (number, date, valid or revoked); PDF at /cases/certificate.pdf?id=")
  public CertificateView certificate(@PathParam("id") long referralId) {
    return certificates.ofCase(staff.scope(), referralId).orElseThrow(() -> new NotFoundException("Case " + referralId + " has no certificate."));
  }

  @GET
  @Path("/certificate.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The certificate of completion as PDF, with the public verification link")
  public jakarta.ws.rs.core.Response certificatePdf(@PathParam("id") long referralId, @jakarta.ws.rs.core.Context jakarta.servlet.http.HttpServletRequest request) {
    var document = certificates.document(staff.scope(), referralId);
    jakarta.ws.rs.core.StreamingOutput body = out -> org.johnschool.completion.infrastructure.CertificatePdf.write(document,
        org.johnschool.completion.infrastructure.VerificationLink.of(request, document.certificate().number()), out);
    return jakarta.ws.rs.core.Response.ok(body, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"certificate-" + document.certificate().number() + ".pdf\"").build();
  }

  @POST
  @Path("/certificate/revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Revoke the certificate (admins), with the reason; the verification page then says revoked")
  public CertificateView revoke(@PathParam("id") long referralId, Reason body) {
    return certificates.revoke(staff.scope(), referralId, body == null ? null : body.reason());
  }

  @POST
  @Path("/failure")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Fail the case with a reason: it becomes RETURNED_TO_COURT",
      description = "{reason, ground?}. After the court's deadline coordinators and admins confirm the failure (ground "
          + "DEADLINE_MISSED unless another is given). Before it (the deadline's day included) only an admin fails a case, "
          + "on a ground: NEW_ARREST, REFUSED_TO_TAKE_PART or FOUND_INELIGIBLE; otherwise 409. Recorded with who and when.")
  public CaseOutcome fail(@PathParam("id") long referralId, Failure body) {
    return outcomes.fail(staff.scope(), referralId, body == null ? null : body.reason(),
        org.johnschool.referral.domain.FailureGround.parse(body == null ? null : body.ground()));
  }
}
