package org.johnschool.scheduling.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.domain.Role;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.rest.QueryParams;
import org.johnschool.scheduling.application.SessionForm;
import org.johnschool.scheduling.application.SessionPlanner;
import org.johnschool.scheduling.application.SessionQueries;
import org.johnschool.scheduling.application.SessionQueries.Roster;
import org.johnschool.scheduling.application.SessionQueries.SessionDetail;
import org.johnschool.scheduling.application.SessionQueries.SessionSummary;

/** The class calendar: sessions, series, moves, cancellations and rosters. */
@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
public class SessionResource {

  @Inject SessionQueries queries;
  @Inject SessionPlanner planner;
  @Inject org.johnschool.scheduling.application.Reminders reminders;
  @Inject org.johnschool.scheduling.application.ParticipantDocuments documents;
  @Inject CurrentStaff staff;
  @Inject org.johnschool.program.application.ProgramTime time;
  @Inject org.johnschool.classday.application.ClassDay classDay;
  @Context UriInfo uri;

  /** A move: the session's new facts and the reason the participants are told. */
  public record MoveRequest(String date, String start, String end, Long venueId, String room, Integer capacity, String reason) {}

  public record ReasonRequest(String reason) {}

  public record Created(long id) {}

  public record SeriesCreated(List<Long> ids) {}

  @GET
  @Operation(summary = "Sessions between two dates", description = "from and to are YYYY-MM-DD (default: today and 60 days later; at most 400 days).")
  public List<SessionSummary> between(@QueryParam("from") String from, @QueryParam("to") String to) {
    LocalDate f = QueryParams.date(from, "from", time.today(staff.scope().programId()));
    LocalDate t = QueryParams.date(to, "to", f.plusDays(60));
    return queries.between(staff.scope(), f, t);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a session", description = "Body: {date, start, end, language, capacity} and optionally venueId (default venue "
      + "otherwise), room, curriculumVersion (latest otherwise).")
  @APIResponse(responseCode = "201", description = "{id}; Location names the session")
  @APIResponse(responseCode = "400", description = "errors lists every bad field")
  public Response create(SessionForm form) {
    long id = planner.create(staff.scope(), required(form));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(new Created(id)).build();
  }

  @POST
  @Path("/series")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a series", description = "The session body plus everyWeeks (1–8) and until (YYYY-MM-DD); all or nothing.")
  @APIResponse(responseCode = "201", description = "{ids}")
  public Response createSeries(SessionForm form) {
    List<Long> ids = planner.createSeries(staff.scope(), required(form));
    return Response.status(201).entity(new SeriesCreated(ids)).build();
  }

  @POST
  @Path("/reminders")
  @Operation(summary = "Write the reminders due today now (7 days and 1 day before each class)",
      description = "Runs every hour anyway; each reminder is written once. Answers {written}.")
  public java.util.Map<String, Integer> reminders() {
    return java.util.Map.of("written", reminders.writeDue(staff.scope(), time.today(staff.scope().programId())));
  }

  @POST
  @Path("/roster-closings")
  @Operation(summary = "Close now every roster whose session ended an hour ago or more and that nobody closed",
      description = "Runs every five minutes anyway; those still there leave at the session's end. Answers {closed}.")
  public java.util.Map<String, Integer> closeDueRosters() {
    return java.util.Map.of("closed", classDay.closeDue(staff.scope()));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One session with seats left, waitlist size and agenda (lang=en|es for module titles)")
  public SessionDetail get(@PathParam("id") long id, @QueryParam("lang") String lang) {
    return queries.get(staff.scope(), id, lang == null ? "en" : lang);
  }

  @GET
  @Path("/{id}/roster")
  @Operation(summary = "The enrolled cases and the waitlist, in the order they joined")
  public Roster roster(@PathParam("id") long id) {
    return queries.roster(staff.scope(), id);
  }

  @GET
  @Path("/{id}/calendar.ics")
  @Produces("text/calendar")
  @Operation(summary = "The session as an iCalendar file (one VEVENT with a stable UID)")
  public Response ics(@PathParam("id") long id) {
    return Response.ok(org.johnschool.scheduling.infrastructure.ICalendarFile.of(documents.session(staff.scope(), id), "John school class",
        uri.getBaseUri().getHost(), time.zone(staff.scope().programId()), time.instant())).type("text/calendar; charset=UTF-8").build();
  }

  @POST
  @Path("/{id}/move")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move a session", description = "New date, start, end (and optionally venueId, room, capacity) with a reason; every enrolled person is told.")
  public SessionDetail move(@PathParam("id") long id, MoveRequest move) {
    if (move == null) {
      throw new InvalidInputException("body", "Send the session's new date, start, end and the reason.");
    }
    SessionDetail current = queries.get(staff.scope(), id, "en");
    planner.move(staff.scope(), id, new SessionForm(move.date(), move.start(), move.end(), current.session().language(),
        move.capacity() == null ? current.session().capacity() : move.capacity(), move.venueId(), move.room(), null, null, null), move.reason());
    return queries.get(staff.scope(), id, "en");
  }

  @POST
  @Path("/{id}/cancellation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Cancel a session with a reason", description = "Its enrollments and waitlist end; every person is told.")
  public SessionDetail cancel(@PathParam("id") long id, ReasonRequest body) {
    planner.cancel(staff.scope(), id, body == null ? null : body.reason());
    return queries.get(staff.scope(), id, "en");
  }

  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  @PUT
  @Path("/{id}/agenda/order")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Re-order the agenda", description = "Body: the current positions in their new order, e.g. [1,3,2,4,…].")
  public SessionDetail reorder(@PathParam("id") long id, List<Integer> order) {
    planner.reorderAgenda(staff.scope(), id, order);
    return queries.get(staff.scope(), id, "en");
  }

  private static SessionForm required(SessionForm form) {
    if (form == null) {
      throw new InvalidInputException("body", "Send the session as JSON.");
    }
    return form;
  }

}
