package org.johnschool.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.platform.NotFoundException;

/**
 * The yardstick of the load benchmark: a signed-in request that does one database insert and nothing else, so that
 * referral intake's throughput can be compared with the bare cost of a request and a write on the same server
 * (bin/benchmark-journeys). Demo mode only; production answers 404.
 */
@Path("/load-probe")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Benchmarks")
@Stateless
@RolesAllowed({org.johnschool.identity.domain.Role.ADMIN_NAME, org.johnschool.identity.domain.Role.COORDINATOR_NAME,
    org.johnschool.identity.domain.Role.FACILITATOR_NAME, org.johnschool.identity.domain.Role.CLERK_NAME, org.johnschool.identity.domain.Role.EVALUATOR_NAME})
public class LoadProbeResource {

  @PersistenceContext EntityManager em;

  @POST
  @Operation(summary = "One database insert (demo mode only; the load benchmark's yardstick)")
  public Response insert() {
    if (!"demo".equalsIgnoreCase(System.getProperty("jsm.mode", "production"))) {
      throw new NotFoundException("The load probe exists in demo mode only.");
    }
    em.createNativeQuery("insert into load_probe (created_at) values (now())").executeUpdate();
    return Response.status(Response.Status.CREATED).entity(Map.of("stored", true)).build();
  }
}
