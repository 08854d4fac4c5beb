package org.johnschool.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.ConflictException;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.InvalidTransitionException;
import org.johnschool.platform.NotFoundException;

/** Refusals of the domain become 400, 404 or 409 with their message and fields. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Override
  public Response toResponse(BusinessException e) {
    int status;
    Long existing = null;
    if (e instanceof NotFoundException) {
      status = 404;
    } else if (e instanceof ConflictException c) {
      status = 409;
      existing = c.existingId();
    } else if (e instanceof InvalidTransitionException) {
      status = 409;
    } else if (e instanceof InvalidInputException) {
      status = 400;
    } else {
      status = 422;
    }
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ErrorBody.of(status, e.getMessage(), e.errors(), existing))
        .build();
  }
}
