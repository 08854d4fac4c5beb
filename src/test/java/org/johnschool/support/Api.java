package org.johnschool.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A court system's view of the REST API: HTTP Basic as one user, JSON in and out. */
public final class Api {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;
  private final String authorization;

  private Api(URL base, String authorization) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    this.authorization = authorization;
  }

  private Api(URL base, String username, String password) {
    this(base, username == null ? null
        : "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  /** A caller with a bearer token (accounts with two-step sign-in, see POST /api/v1/auth/tokens). */
  public static Api withToken(URL base, String token) {
    return new Api(base, "Bearer " + token);
  }

  public static Api as(URL base, String username, String password) {
    return new Api(base, username, password);
  }

  public static Api as(URL base, DemoUser user) {
    return new Api(base, user.username, user.password);
  }

  public static Api anonymous(URL base) {
    return new Api(base, null, null);
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  /** A GET asking for another type than JSON (e.g. text/calendar). */
  public Reply get(String path, String accept) {
    return send(request(path).setHeader("Accept", accept).GET());
  }

  public Reply post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A POST with the content type as given (upper case, parameters: as attackers send it). */
  public Reply post(String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Reply postCsv(String path, String csv) {
    return send(request(path).header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)));
  }

  public Reply postBytes(String path, byte[] body) {
    return send(request(path).header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Reply postZip(String path, byte[] zip) {
    return send(request(path).header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
  }

  public Reply put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  public Reply postEmpty(String path) {
    return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
  }

  public URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return b;
  }

  private static Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> r = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An answer: status, body, Location. */
  public record Reply(int status, String body, String location) {
    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonStructure structure() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
