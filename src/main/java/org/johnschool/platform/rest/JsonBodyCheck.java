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
    if (!request.hasEntity() || !isJson(request.getMediaType())) {
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
    String nul = fieldWithNul(body);
    if (nul != null) {
      // A NUL cannot be stored in PostgreSQL's text: refused here, naming the field, rather than failing at the database.
      request.abortWith(Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorBody.of(400, "The input has errors.",
          java.util.List.of(new org.johnschool.platform.FieldError(nul, "Contains a NUL character (\\u0000), which no text may hold.")),
          null)).build());
      return;
    }
    request.setEntityStream(new ByteArrayInputStream(body));
  }

  /** Whether JSON-B would read a body of this type: subtype json or +json, in any case (media types ignore case). */
  static boolean isJson(MediaType type) {
    if (type == null) {
      return false;
    }
    String subtype = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
    return subtype.equals("json") || subtype.endsWith("+json");
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

  /** The name of the first field whose text (or name) holds a NUL character, or null (the body is well formed). */
  public static String fieldWithNul(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    String key = "body";
    try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(body))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.KEY_NAME) {
          key = parser.getString();
          if (key.indexOf('\0') >= 0) {
            return key.replace('\0', '?');
          }
        } else if (event == JsonParser.Event.VALUE_STRING && parser.getString().indexOf('\0') >= 0) {
          return key;
        }
      }
    }
    return null;
  }

  private static Response refusal(int status, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorBody.of(status, message)).build();
  }
}
