package org.johnschool.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.johnschool.program.domain.Program;

/**
 * The time where a program is: "today", the time of day and the zone of its classes, deadlines and due dates, from the
 * application's one clock ({@code platform/ApplicationClock}) read in the program's time zone (a program setting).
 */
@ApplicationScoped
public class ProgramTime {

  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  public ZoneId zone(long programId) {
    Program p = em.find(Program.class, programId);
    return p == null ? ZoneId.of(Program.DEFAULT_TIME_ZONE) : p.getZone();
  }

  public Instant instant() {
    return clock.instant();
  }

  /** Now, where the program is. */
  public ZonedDateTime now(long programId) {
    return clock.instant().atZone(zone(programId));
  }

  public LocalDate today(long programId) {
    return now(programId).toLocalDate();
  }

  /** The application's clock in the program's zone, for rules that take a {@link Clock}. */
  public Clock clock(long programId) {
    return clock.withZone(zone(programId));
  }
}
