package org.johnschool.scheduling.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.curriculum.domain.PresenterRole;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.scheduling.application.VenueDirectory;
import org.johnschool.scheduling.domain.Presenter;
import org.johnschool.scheduling.domain.Venue;

/** The program's venues and presenters. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
public class VenueResource {

  @Inject VenueDirectory directory;
  @Inject org.johnschool.scheduling.application.ParticipantDocuments documents;
  @Inject CurrentStaff staff;
  @Inject org.johnschool.program.application.ProgramTime time;

  public record VenueBody(Long id, String name, String address, List<String> rooms, Integer capacity, String accessibilityNotes,
      Boolean isDefault, Boolean active) {

    static VenueBody of(Venue v) {
      return new VenueBody(v.getId(), v.getName(), v.getAddress(), v.getRooms(), v.getCapacity(), v.getAccessibilityNotes(),
          v.isDefaultVenue(), v.isActive());
    }
  }

  public record PresenterBody(Long id, String name, String role, List<String> languages, String email, Boolean active) {

    static PresenterBody of(Presenter p) {
      return new PresenterBody(p.getId(), p.getName(), p.getRole().name(), p.getLanguages(), p.getEmail(), p.isActive());
    }
  }

  @GET
  @Path("venues")
  @Operation(summary = "The program's venues (default first)")
  public List<VenueBody> venues() {
    return directory.venues(staff.scope()).stream().map(VenueBody::of).toList();
  }

  @POST
  @Path("venues")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a venue (coordinators, admins)", description = "{name, address, rooms:[…], capacity, accessibilityNotes, isDefault}")
  public Response createVenue(VenueBody body) {
    if (body == null) {
      throw new InvalidInputException("body", "Send the venue as JSON.");
    }
    Venue v = directory.createVenue(staff.scope(), body.name(), body.address(), body.rooms() == null ? null : String.join("\n", body.rooms()),
        body.capacity() == null ? 0 : body.capacity(), body.accessibilityNotes(), Boolean.TRUE.equals(body.isDefault()));
    return Response.status(201).entity(VenueBody.of(v)).build();
  }

  @jakarta.ws.rs.PUT
  @Path("venues/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a venue (coordinators, admins)", description = "The same body as for adding, with active (false retires it)")
  public VenueBody updateVenue(@jakarta.ws.rs.PathParam("id") long id, VenueBody body) {
    if (body == null) {
      throw new InvalidInputException("body", "Send the venue as JSON.");
    }
    return VenueBody.of(directory.updateVenue(staff.scope(), id, body.name(), body.address(), body.rooms() == null ? null
        : String.join("\n", body.rooms()), body.capacity() == null ? 0 : body.capacity(), body.accessibilityNotes(),
        !Boolean.FALSE.equals(body.active()), Boolean.TRUE.equals(body.isDefault())));
  }

  @jakarta.ws.rs.PUT
  @Path("presenters/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a presenter (coordinators, admins)", description = "The same body as for adding, with active (false retires them)")
  public PresenterBody updatePresenter(@jakarta.ws.rs.PathParam("id") long id, PresenterBody body) {
    if (body == null) {
      throw new InvalidInputException("body", "Send the presenter as JSON.");
    }
    PresenterRole role = role(body.role());
    return PresenterBody.of(directory.updatePresenter(staff.scope(), id, body.name(), role,
        body.languages() == null ? null : String.join(",", body.languages()), body.email(), !Boolean.FALSE.equals(body.active())));
  }

  @GET
  @Path("presenters")
  @Operation(summary = "The program's presenters")
  public List<PresenterBody> presenters() {
    return directory.presenters(staff.scope()).stream().map(PresenterBody::of).toList();
  }

  @GET
  @Path("presenters/{id}/calendar.ics")
  @Produces("text/calendar")
  @Operation(summary = "A presenter's coming sessions as an iCalendar file")
  public Response presenterCalendar(@jakarta.ws.rs.PathParam("id") long id, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
    return Response.ok(org.johnschool.scheduling.infrastructure.ICalendarFile.of(documents.presenter(staff.scope(), id), "John school classes",
        uri.getBaseUri().getHost(), time.zone(staff.scope().programId()), time.instant())).type("text/calendar; charset=UTF-8").build();
  }

  @POST
  @Path("presenters")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a presenter (coordinators, admins)", description = "{name, role (e.g. PROSECUTOR), languages:[en, es], email}")
  public Response createPresenter(PresenterBody body) {
    if (body == null) {
      throw new InvalidInputException("body", "Send the presenter as JSON.");
    }
    PresenterRole role = role(body.role());
    Presenter p = directory.createPresenter(staff.scope(), body.name(), role, body.languages() == null ? null : String.join(",", body.languages()),
        body.email());
    return Response.status(201).entity(PresenterBody.of(p)).build();
  }

  private static PresenterRole role(String name) {
    try {
      return name == null ? null : PresenterRole.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("role", "Unknown role; use one of " + java.util.Arrays.toString(PresenterRole.values()) + ".");
    }
  }
}
