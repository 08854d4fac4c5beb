package org.johnschool.platform.rest;

import jakarta.annotation.Priority;
import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Checks every JSON request body before JSON-B reads it: at most {@value #MAX_BYTES} bytes, well formed,
 * nested at most {@value #MAX_DEPTH} deep. Found by the API fuzz test: JSON-B, skipping an unknown
 * property whose array or object is cut off ({@code {"x": [}}), never returns and holds a server thread
 * at full CPU for good; a few such requests would stop the server. Here such a body is a 400 at once.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonBodyCheck implements ContainerRequestFilter {

  public static final int MAX_BYTES = 10 * 1024 * 1024;
  public static final int MAX_DEPTH = 64;
  /** Looked up once: Json.createParser() searches the class path for the provider on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    MediaType type = request.getMediaType();
    if (type == null || !request.hasEntity() || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
      return;
    }
    byte[] body = request.getEntityStream().readNBytes(MAX_BYTES + 1);
    if (body.length > MAX_BYTES) {
      request.abortWith(refusal(413, "The body is larger than " + MAX_BYTES / (1024 * 1024) + " MB."));
      return;
    }
    String problem = problemOf(body);
    if (problem != null) {
      request.abortWith(refusal(400, problem));
      return;
    }
    request.setEntityStream(new ByteArrayInputStream(body));
  }

  /** What is wrong with a JSON body, or null when it may be read (an empty body is left to the endpoint). */
  public static String problemOf(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    int depth = 0;
    try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(body))) {
      while (parser.hasNext()) {
        switch (parser.next()) {
          case START_ARRAY, START_OBJECT -> {
            if (++depth > MAX_DEPTH) {
              return "The body is nested deeper than " + MAX_DEPTH + " levels.";
            }
          }
          case END_ARRAY, END_OBJECT -> depth--;
          default -> { }
        }
      }
      return null;
    } catch (JsonParsingException e) {
      return "The body is not valid JSON (line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ").";
    } catch (JsonException e) {
      return "The body is not valid JSON.";
    }
  }

  private static Response refusal(int status, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorBody.of(status, message)).build();
  }
}
