package org.johnschool.curriculum.rest;

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
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.curriculum.application.CurriculumCatalog;
import org.johnschool.curriculum.application.CurriculumCatalog.VersionSummary;
import org.johnschool.curriculum.application.CurriculumCatalog.VersionView;
import org.johnschool.curriculum.application.CurriculumLoader;
import org.johnschool.curriculum.application.CurriculumLoader.LoadOutcome;
import org.johnschool.curriculum.domain.CurriculumComparison;
import org.johnschool.curriculum.domain.CurriculumRejectedException;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.NotFoundException;

/** The program's curriculum versions: read by staff, loaded by admins (from the installation's folder or an uploaded ZIP). */
@Path("/curriculum/versions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Curriculum")
public class CurriculumResource {

  @Inject CurriculumCatalog catalog;
  @Inject CurriculumLoader loader;
  @Inject CurrentStaff staff;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "List the curriculum versions", description = "Newest first.")
  public List<VersionSummary> versions() {
    return catalog.versions(staff.scope());
  }

  @GET
  @Path("/latest")
  @Operation(summary = "The latest version in a language (lang=en|es)")
  @APIResponse(responseCode = "404", description = "No version loaded yet")
  public VersionView latest(@QueryParam("lang") String lang) {
    return catalog.version(staff.scope(), null, lang == null ? "en" : lang).orElseThrow(() -> new NotFoundException("No curriculum loaded yet."));
  }

  @GET
  @Path("/{number}")
  @Operation(summary = "One version in a language (lang=en|es): agenda, modules, questions")
  @APIResponse(responseCode = "404", description = "No such version")
  public VersionView version(@PathParam("number") int number, @QueryParam("lang") String lang) {
    return catalog.version(staff.scope(), number, lang == null ? "en" : lang)
        .orElseThrow(() -> new NotFoundException("No curriculum version " + number + "."));
  }

  @GET
  @Path("/{from}/changes/{to}")
  @Operation(summary = "What changed from one version to another (lang=en|es)")
  public CurriculumComparison compare(@PathParam("from") int from, @PathParam("to") int to, @QueryParam("lang") String lang) {
    return catalog.compare(staff.scope(), from, to, lang == null ? "en" : lang);
  }

  @POST
  @Operation(summary = "Load the installation's curriculum folder (admin)",
      description = "A changed folder becomes the next version (201); an unchanged one answers 200 with the current number.")
  @APIResponse(responseCode = "201", description = "New version: {number, created, modules, questions, totalMinutes}")
  @APIResponse(responseCode = "200", description = "Unchanged: the current version")
  @APIResponse(responseCode = "400", description = "Nothing loaded: errors lists {file, line, field, message}; field is file:line")
  public Response reload() {
    try {
      return answer(loader.reload(staff.scope()));
    } catch (CurriculumRejectedException e) {
      return rejected(e);
    }
  }

  @POST
  @Consumes("application/zip")
  @Operation(summary = "Load an uploaded curriculum folder as a ZIP file (admin)",
      description = "The ZIP holds course.md, modules/ and questions/ (optionally under one top folder). Same answers as without a body.")
  public Response upload(InputStream zip) {
    try {
      return answer(loader.loadArchive(staff.scope(), zip));
    } catch (CurriculumRejectedException e) {
      return rejected(e);
    }
  }

  private Response answer(LoadOutcome outcome) {
    if (!outcome.created()) {
      return Response.ok(outcome).build();
    }
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(outcome.number())).build()).entity(outcome).build();
  }

  private static Response rejected(CurriculumRejectedException e) {
    return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(new RejectionBody(400, e.getMessage(),
        e.problems().stream().map(p -> new FileError(p.file(), p.line(), p.line() > 0 ? p.file() + ":" + p.line() : p.file(), p.problem())).toList()))
        .build();
  }

  /** One problem; {@code field} is "file:line" so that the body keeps the API's error shape. */
  public record FileError(String file, int line, String field, String message) {}

  public record RejectionBody(int status, String message, List<FileError> errors) {}
}
