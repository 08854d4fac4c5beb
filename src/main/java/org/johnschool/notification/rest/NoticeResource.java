package org.johnschool.notification.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.notification.application.Notices;
import org.johnschool.notification.application.Notices.OutboxLine;
import org.johnschool.platform.InvalidInputException;

/** The notices written to participants (admins: the outbox; coordinators: one case's). */
@Path("/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices")
public class NoticeResource {

  @Inject Notices notices;
  @Inject CurrentStaff staff;

  @GET
  @Operation(summary = "Notices, newest first", description = "?referralId= for one case (coordinators, admins); without it the program's "
      + "outbox (admins), paged with page (0-based) and size (1-200).")
  public List<OutboxLine> list(@QueryParam("referralId") Long referralId, @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    if (referralId != null) {
      return notices.ofCase(staff.scope(), referralId);
    }
    if (page < 0 || size < 1 || size > 200) {
      throw new InvalidInputException("size", "Use page 0 or more and size 1 to 200.");
    }
    return notices.outbox(staff.scope(), page * size, size);
  }
}
