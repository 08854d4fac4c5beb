package org.johnschool.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's one clock. Rules and timestamps take "now" from it (inject {@link Clock}); "today", class times
 * and deadlines are read in the program's time zone ({@code program/application/ProgramTime}), never the JVM's.
 *
 * <p>In demo and test mode ({@code jsm.mode=demo}) an admin may move it ({@code PUT /api/v1/test/clock}), so a test
 * walks through a class day, a deadline or overdue installments without sleeping; production refuses. Moving sets an
 * offset from the system clock, so time goes on from where it was put. The offset is this server's: a clustered
 * deployment is production, where nothing moves.
 */
@ApplicationScoped
public class ApplicationClock {

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
  private final Clock clock = new Moved(ZoneOffset.UTC);

  /** The clock every bean injects. */
  @Produces
  public Clock clock() {
    return clock;
  }

  public Instant now() {
    return clock.instant();
  }

  /** Whether the clock may be moved here (demo and test mode only). */
  public static boolean movable() {
    return "demo".equalsIgnoreCase(System.getProperty("jsm.mode", "production"));
  }

  /** Puts the clock at this instant (it goes on from there); refused in production. */
  public Instant moveTo(Instant at) {
    if (!movable()) {
      throw new NotFoundException("The clock moves in demo and test mode only.");
    }
    offset.set(Duration.between(Instant.now(), at));
    return now();
  }

  /** Back to the system's time. */
  public Instant reset() {
    offset.set(Duration.ZERO);
    return now();
  }

  /** The system clock plus the offset; its zone is only for code that asks a Clock for one (rules use the program's). */
  private final class Moved extends Clock implements java.io.Serializable {

    private final ZoneId zone;

    Moved(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new Moved(other);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset.get());
    }
  }
}
