package org.johnschool.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.DatabaseOutage;
import org.johnschool.platform.SafeTrace;

/**
 * Everything else: access refused (403), HTTP errors raised by JAX-RS, unreadable bodies (400),
 * concurrent edits (409), and anything unexpected (500 with an incident number; the details go to
 * the server log, never to the client).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    Throwable cause = rootOf(e);
    if (cause instanceof BusinessException b) {
      return new BusinessExceptionMapper().toResponse(b);
    }
    if (cause instanceof EJBAccessException || cause instanceof SecurityException) {
      return json(ErrorBody.of(403, "Your role does not allow this."));
    }
    if (cause instanceof OptimisticLockException) {
      return json(ErrorBody.of(409, "Someone else changed this record meanwhile; reload it and try again."));
    }
    if (cause instanceof JsonbException || e instanceof jakarta.ws.rs.ProcessingException || e instanceof jakarta.ws.rs.BadRequestException) {
      return json(ErrorBody.of(400, "The request body is not valid JSON of the expected shape."));
    }
    if (e instanceof WebApplicationException w) {
      int status = w.getResponse().getStatus();
      return json(ErrorBody.of(status, Response.Status.fromStatusCode(status) == null
          ? "Request refused." : Response.Status.fromStatusCode(status).getReasonPhrase() + "."));
    }
    if (DatabaseOutage.isCause(e)) {
      return Response.status(503).type(MediaType.APPLICATION_JSON_TYPE).header("Retry-After", "30")
          .entity(ErrorBody.of(503, DatabaseOutage.MESSAGE)).build();
    }
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Unexpected error, incident {0}: {1}", new Object[] {incident, SafeTrace.of(e)});
    return json(ErrorBody.of(500, "Something went wrong on our side (incident " + incident + "). Nothing was changed."));
  }

  private static Throwable rootOf(Throwable e) {
    Throwable t = e;
    for (int i = 0; i < 10 && t.getCause() != null && !(t instanceof BusinessException) && !(t instanceof EJBAccessException); i++) {
      t = t.getCause();
    }
    return t;
  }

  private static Response json(ErrorBody body) {
    return Response.status(body.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
