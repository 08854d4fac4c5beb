package org.johnschool.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.identity.application.SecurityLog;
import org.johnschool.identity.domain.SecurityEvent;
import org.johnschool.platform.ApplicationClock;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.NotFoundException;
import org.johnschool.platform.Phrase;

/**
 * The application's clock, for tests and demonstrations: read it, put it at another time, put it back. Demo and test
 * mode only (production answers 404 to every method); moving it is an admin's and is recorded (CLOCK_MOVED).
 */
@Path("/test/clock")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Test clock")
@RolesAllowed(org.johnschool.identity.domain.Role.ADMIN_NAME)
public class TestClockResource {

  @Inject ApplicationClock clock;
  @Inject CurrentStaff staff;
  @Inject SecurityLog log;
  @Context HttpServletRequest request;

  /** What the clock says: {@code {now, moved}}. */
  public record ClockBody(String now, Boolean moved) {}

  @GET
  @Operation(summary = "The application's time now (demo and test mode only)")
  public ClockBody get() {
    refuseInProduction();
    return body();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Put the application's clock at a time, e.g. {\"now\":\"2027-03-01T09:00:00-08:00\"}; it goes on from there (demo and test mode only)")
  public ClockBody put(ClockBody body) {
    refuseInProduction();
    if (body == null || body.now() == null || body.now().isBlank()) {
      throw new InvalidInputException("now", Phrase.of("clock.now"));
    }
    Instant at;
    try {
      at = OffsetDateTime.parse(body.now().strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("now", Phrase.of("clock.now"));
    }
    clock.moveTo(at);
    log.record(SecurityEvent.Type.CLOCK_MOVED, staff.getUsername(), SecurityEvent.Outcome.SUCCESS, request.getRemoteAddr(), "to " + at,
        "application clock");
    return body();
  }

  @DELETE
  @Operation(summary = "Put the application's clock back to the system's time (demo and test mode only)")
  public ClockBody delete() {
    refuseInProduction();
    clock.reset();
    log.record(SecurityEvent.Type.CLOCK_MOVED, staff.getUsername(), SecurityEvent.Outcome.SUCCESS, request.getRemoteAddr(), "back to system time",
        "application clock");
    return body();
  }

  private ClockBody body() {
    Instant now = clock.now();
    return new ClockBody(now.toString(), Math.abs(java.time.Duration.between(Instant.now(), now).toSeconds()) > 1);
  }

  private static void refuseInProduction() {
    if (!ApplicationClock.movable()) {
      throw new NotFoundException("The test clock exists in demo and test mode only.");
    }
  }
}
