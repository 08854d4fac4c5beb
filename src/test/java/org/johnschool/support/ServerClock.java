package org.johnschool.support;

import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The application's clock as tests see it (issue 21): "today" and "now" where the program is, read from the server
 * ({@code GET /api/v1/test/clock}) rather than the test's JVM, and moved to a moment of a class day or a deadline.
 * Moving answers a handle that puts the clock back when closed:
 *
 * <pre>try (var at = ServerClock.at(base, day.atTime(17, 30))) { ... }</pre>
 */
public final class ServerClock implements AutoCloseable {

  private final Api admin;

  private ServerClock(Api admin) {
    this.admin = admin;
  }

  /** The program's time zone. */
  public static ZoneId zone(URL base) {
    return ZoneId.of(Api.as(base, DemoUser.ADMIN).get("api/v1/program").json().getString("timeZone"));
  }

  /** Now on the server's clock. */
  public static Instant now(URL base) {
    var reply = Api.as(base, DemoUser.ADMIN).get("api/v1/test/clock");
    if (reply.status() != 200) {
      throw new AssertionError("the server's clock: " + reply);
    }
    return Instant.parse(reply.json().getString("now"));
  }

  /** Today where the program is, by the server's clock. */
  public static LocalDate today(URL base) {
    return now(base).atZone(zone(base)).toLocalDate();
  }

  /** Puts the server's clock at this time of day where the program is; close the answer to put it back. */
  public static ServerClock at(URL base, LocalDateTime where) {
    Api admin = Api.as(base, DemoUser.ADMIN);
    String at = where.atZone(zone(base)).toOffsetDateTime().toString();
    var reply = admin.put("api/v1/test/clock", "{\"now\":\"" + at + "\"}");
    if (reply.status() != 200) {
      throw new AssertionError("the clock was not moved to " + at + ": " + reply);
    }
    return new ServerClock(admin);
  }

  /** Moves the clock on to another moment, still to be put back by {@link #close()}. */
  public ServerClock then(URL base, LocalDateTime where) {
    at(base, where);
    return this;
  }

  @Override
  public void close() {
    admin.delete("api/v1/test/clock");
  }
}
