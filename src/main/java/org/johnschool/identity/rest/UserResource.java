package org.johnschool.identity.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.identity.application.UserAdministration;
import org.johnschool.identity.application.UserAdministration.UserView;
import org.johnschool.platform.InvalidInputException;

/** Staff accounts for admins (also for provisioning scripts). */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserResource {

  @Inject UserAdministration admin;
  @Inject CurrentStaff staff;
  @Context UriInfo uri;
  @Context HttpServletRequest request;

  /**
   * A new account: {"username","displayName","role","court" (clerks),"password","requireTwoStep"}
   * ({@code requireTwoStep} matters in demo mode; in production every account must use two-step sign-in).
   */
  public record NewUser(String username, String displayName, String role, String court, String password, Boolean requireTwoStep) {}

  @GET
  @Operation(summary = "List the program's accounts (admin)")
  public List<UserView> list() {
    return admin.list(staff.scope());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create an account (admin)", description = "Password: 15 to 128 characters, not a common one.")
  public Response create(NewUser body) {
    if (body == null) {
      throw new InvalidInputException("body", "Send the new account as JSON.");
    }
    UserView created = admin.create(staff.scope(), body.username(), body.displayName(), body.role(), body.court(), body.password(),
        Boolean.TRUE.equals(body.requireTwoStep()));
    return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
  }

  @POST
  @Path("/{username}/release")
  @Operation(summary = "Release a locked account (admin)")
  public UserView release(@PathParam("username") String username) {
    return admin.release(staff.scope(), username, request.getRemoteAddr());
  }

  @POST
  @Path("/{username}/two-step/reset")
  @Operation(summary = "Reset an account's two-step sign-in (admin)",
      description = "For a lost phone: clears the authenticator, the recovery codes and every API token; the person sets it up again at the next sign-in.")
  public UserView resetTwoStep(@PathParam("username") String username) {
    return admin.resetSecondFactor(staff.scope(), username, request.getRemoteAddr());
  }
}
