package org.johnschool.program.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.program.application.ProgramSettings;
import org.johnschool.program.application.ProgramSettings.Settings;

/** The caller's program: name, address, reschedule limit, grace minutes and time zone (admins). */
@Path("/program")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Program")
public class ProgramResource {

  @Inject ProgramSettings settings;
  @Inject CurrentStaff staff;

  @GET
  @Operation(summary = "The program's settings")
  public Settings get() {
    return settings.current(staff.scope());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the program's name, address, reschedule limit (0–10), attendance grace minutes, time zone (an IANA name; "
      + "null keeps it), completion review (true: a coordinator confirms each completion; null keeps it) and post-test pass mark "
      + "(percent of knowledge items right, 0–100; null: none)")
  public Settings put(Settings body) {
    if (body == null) {
      throw new InvalidInputException("body",
          "Send {name, address, rescheduleLimit, attendanceGraceMinutes, timeZone, completionReview, postTestPassMark}.");
    }
    return settings.change(staff.scope(), body);
  }
}
