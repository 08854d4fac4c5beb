package org.johnschool.courtreport.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.courtreport.application.ComplianceLetters;
import org.johnschool.courtreport.infrastructure.ComplianceLetterPdf;
import org.johnschool.identity.application.CurrentStaff;

/** The compliance letter of a case, as PDF. */
@Path("/referrals/{id}/compliance-letter.pdf")
@Tag(name = "Court reporting")
public class ComplianceLetterResource {

  @Inject ComplianceLetters letters;
  @Inject CurrentStaff staff;

  @GET
  @Produces("application/pdf")
  @Operation(summary = "The compliance letter: completed or failed, the dates, the reason (409 while the case is still open)")
  public Response letter(@PathParam("id") long referralId) {
    var letter = letters.letter(staff.scope(), referralId);
    StreamingOutput body = out -> ComplianceLetterPdf.write(letter, out);
    return Response.ok(body, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"compliance-letter-" + letter.courtCaseNumber() + ".pdf\"").build();
  }
}
