package org.johnschool.classday.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.classday.application.AttendanceForm;
import org.johnschool.classday.application.ClassDay;
import org.johnschool.classday.application.ClassDay.Participant;
import org.johnschool.classday.application.ClassDay.Roster;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.InvalidInputException;

/** A session's class day: the roster with attendance, and recording one participant's day. */
@Path("/sessions/{id}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Class day")
public class AttendanceResource {

  @Inject ClassDay classDay;
  @Inject CurrentStaff staff;

  @GET
  @Operation(summary = "The session's roster with each participant's attendance and the day's modules with their times")
  public Roster roster(@PathParam("id") long sessionId) {
    return classDay.roster(staff.scope(), sessionId);
  }

  @jakarta.ws.rs.POST
  @Path("/closing")
  @Operation(summary = "Close the roster once the session has ended: those still there leave at the end, the day is credited",
      description = "Facilitators, coordinators, admins. 409 before the session's end, for a cancelled session or a roster already "
          + "closed. The application closes a roster nobody closed an hour after the session's end. After closing only "
          + "coordinators and admins correct attendance.")
  public Roster close(@PathParam("id") long sessionId) {
    return classDay.close(staff.scope(), sessionId);
  }

  @PUT
  @Path("/{referralId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record a participant's day (check-in, departure, modules, or absence)",
      description = "{status: PRESENT|LATE|LEFT_EARLY|ABSENT|EXCUSED (omit to judge by the clock), idVerified: true, arrived: \"09:05\", "
          + "departed: \"16:40\", modules: {\"module-id\": false}, remarks}. Arriving or leaving more than the program's grace minutes "
          + "into a module marks it missed; a module counts as attended only once it has ended (null until then); no time "
          + "after now is taken. Taken on or after the session's day; 409 for a cancelled or future session, or a closed "
          + "roster (facilitators).")
  public Participant record(@PathParam("id") long sessionId, @PathParam("referralId") long referralId, AttendanceForm body) {
    if (body == null) {
      throw new InvalidInputException("body", "Send {status, idVerified, arrived, departed, modules, remarks}.");
    }
    return classDay.record(staff.scope(), sessionId, referralId, body.toEntry());
  }
}
