package org.johnschool.referral.infrastructure;

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
import org.johnschool.referral.application.SealedRetention;

/** Every night, when {@code JSM_SEALED_RETENTION_YEARS} is set, purges the identities of sealed cases past that period. */
@Singleton
@RunAs(Role.ADMIN_NAME)
public class RetentionSchedule {

  private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

  @PersistenceContext EntityManager em;
  @Inject SealedRetention retention;
  @Inject ScheduledRuns runs;

  @Schedule(hour = "3", minute = "17", persistent = false)
  void purgeExpiredSealedIdentities() {
    Integer years = SealedRetention.configuredYears();
    if (years == null || !runs.claim("sealed-retention", java.time.Instant.now())) {
      return;
    }
    List<Long> programs = em.createQuery("select p.id from Program p", Long.class).getResultList();
    for (long programId : programs) {
      try {
        int purged = retention.run(new StaffScope("retention", 0, programId, Role.ADMIN, null), years, false).persons();
        if (purged > 0) {
          LOG.info("Retention: identities of " + purged + " persons with sealed cases purged in program " + programId);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Retention of program " + programId + " not run: " + e.getClass().getSimpleName());
      }
    }
  }
}
