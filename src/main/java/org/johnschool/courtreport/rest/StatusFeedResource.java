package org.johnschool.courtreport.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.courtreport.application.StatusFeed;
import org.johnschool.courtreport.application.StatusFeed.Feed;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.InvalidInputException;

/** The court's feed of status changes and dispositions of its cases. */
@Path("/courts/{code}/status-changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Court reporting")
public class StatusFeedResource {

  @Inject StatusFeed feed;
  @Inject CurrentStaff staff;

  @GET
  @Operation(summary = "Every status change and disposition of the court's cases after a time",
      description = "?since=2026-11-16T00:00:00Z (or a date, from its midnight in program time)&limit=1000 (at most 5000). Changes come in "
          + "the order they happened, each with an id. Poll again with since = the answer's asOf: nothing committed later is skipped; a "
          + "change may come twice (same id). more is true when the limit cut the list. Clerks read only their own court.")
  public Feed changes(@PathParam("code") String code, @QueryParam("since") String since, @QueryParam("limit") Integer limit) {
    return feed.since(staff.scope(), code, instant(since), limit);
  }

  static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    try {
      return t.length() == 10 ? LocalDate.parse(t).atStartOfDay(ZoneId.systemDefault()).toInstant() : Instant.parse(t);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("since", "'" + text + "' is not a time (2026-11-16T00:00:00Z) or a date (2026-11-16).");
    }
  }
}
