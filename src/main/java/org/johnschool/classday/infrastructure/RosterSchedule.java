package org.johnschool.classday.infrastructure;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.johnschool.classday.application.ClassDay;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.ScheduledRuns;

/** Every five minutes, closes the rosters nobody closed an hour after their session's end, in every program. */
@Singleton
@RunAs(Role.ADMIN_NAME)
public class RosterSchedule {

  private static final Logger LOG = Logger.getLogger(RosterSchedule.class.getName());

  @PersistenceContext EntityManager em;
  @Inject ClassDay classDay;
  @Inject ScheduledRuns runs;

  @Schedule(hour = "*", minute = "*/5", persistent = false)
  void closeDueRosters() {
    if (!runs.claim("roster-closing", java.time.Instant.now())) {
      return; // another node of the cluster has these five minutes
    }
    List<Long> programs = em.createQuery("select p.id from Program p", Long.class).getResultList();
    int closed = 0;
    for (long programId : programs) {
      try {
        closed += classDay.closeDue(new StaffScope("roster-closing", 0, programId, Role.ADMIN, null));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Rosters of program " + programId + " not closed: " + e.getClass().getSimpleName());
      }
    }
    if (closed > 0) {
      LOG.info("Rosters closed an hour after their session: " + closed);
    }
  }
}
