package org.johnschool.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request and answer. Without it RESTEasy builds a new one per answer, and
 * JSON-B then studies each answer's classes afresh (found by profiling the sessions load benchmark: about a
 * quarter of the server's time on a roster went to building and warming JSON-B). Jsonb is thread-safe.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
