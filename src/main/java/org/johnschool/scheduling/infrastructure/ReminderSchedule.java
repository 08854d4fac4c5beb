package org.johnschool.scheduling.infrastructure;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.johnschool.platform.ScheduledRuns;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.scheduling.application.Reminders;

/** Every hour, the reminders that are due in every program on its day (written once each; the mail dispatcher sends them). */
@Singleton
@RunAs(Role.ADMIN_NAME)
public class ReminderSchedule {

  private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Reminders reminders;
  @Inject ScheduledRuns runs;
  @Inject org.johnschool.program.application.ProgramTime time;

  @Schedule(hour = "*", minute = "7", persistent = false)
  void writeDueReminders() {
    if (!runs.claim("reminders", java.time.Instant.now())) {
      return; // another node of the cluster has this hour (the claim is on the system's time: when the timer really fired)
    }
    List<Long> programs = em.createQuery("select p.id from Program p", Long.class).getResultList();
    int written = 0;
    for (long programId : programs) {
      try {
        written += reminders.writeDue(new StaffScope("reminders", 0, programId, Role.ADMIN, null), time.today(programId));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Reminders of program " + programId + " not written: " + e.getClass().getSimpleName());
      }
    }
    if (written > 0) {
      LOG.info("Reminders written: " + written);
    }
  }
}
