package org.johnschool.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.application.ApiTokens;
import org.johnschool.identity.application.ApiTokens.Issued;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.rest.ErrorBody;

/**
 * REST sign-in with two steps: HTTP Basic plus the one-time code buys a bearer token
 * ({@code Authorization: Bearer ...}) for 12 hours; the only call an account with two-step sign-in may
 * make with its password alone.
 */
@Path("/auth/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.FACILITATOR_NAME, Role.CLERK_NAME, Role.EVALUATOR_NAME})
public class TokenResource {

  @Inject ApiTokens tokens;
  @Context HttpServletRequest request;
  @Context SecurityContext security;

  /** {@code {"code":"123456"}}: the code from the authenticator app, or a recovery code (accounts without two-step sign-in may omit it). */
  public record TokenRequest(String code) {}

  /** The token (shown once; the system keeps only its hash) and when it stops working. */
  public record TokenAnswer(String token, String tokenType, Instant expiresAt) {}

  @POST
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  @Operation(summary = "Get a bearer token (HTTP Basic and the one-time code)",
      description = "201 with the token; 401 when the code is wrong (counted towards the lockout); 400 when the code is missing or the "
          + "account must first set up two-step sign-in on the web page.")
  public Response issue(TokenRequest body) {
    Issued issued = tokens.issue(security.getUserPrincipal().getName(), body == null ? null : body.code(), request.getRemoteAddr())
        .orElse(null);
    if (issued == null) {
      return Response.status(Response.Status.UNAUTHORIZED)
          .entity(ErrorBody.of(401, "The one-time code is wrong or was already used.")).build();
    }
    return Response.status(Response.Status.CREATED).entity(new TokenAnswer(issued.token(), "Bearer", issued.expiresAt())).build();
  }

  @DELETE
  @Path("/current")
  @Operation(summary = "End the bearer token this request carries (the API's sign-out)", description = "204; 400 when the request was not made with a token.")
  public Response revoke() {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(ErrorBody.of(400, "Send the token to end as Authorization: Bearer.")).build();
    }
    tokens.revoke(header.substring(7).trim(), request.getRemoteAddr());
    return Response.noContent().build();
  }
}
