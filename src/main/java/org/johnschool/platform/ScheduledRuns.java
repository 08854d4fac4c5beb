package org.johnschool.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/**
 * Makes a scheduled job run once per cluster: every node's timer fires, and only the node that claims
 * the job's slot first runs it (a row keyed by job and slot; the database refuses a second). The slot is
 * the firing time rounded to the nearest minute, so nodes whose clocks differ by less than 30 seconds
 * agree on it. Claims older than a week are cleared as new ones are made.
 */
@Stateless
@PermitAll
public class ScheduledRuns {

  static final Duration KEPT = Duration.ofDays(7);
  private static final Logger LOG = Logger.getLogger(ScheduledRuns.class.getName());

  @PersistenceContext EntityManager em;

  /** The slot a timer firing at this instant belongs to. */
  public static Instant slotOf(Instant firing) {
    return firing.plusSeconds(30).truncatedTo(ChronoUnit.MINUTES);
  }

  /** True for the one node that may run this job's slot; committed at once, whatever the job does next. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(String job, Instant firing) {
    Instant slot = slotOf(firing);
    int claimed = em.createNativeQuery("insert into scheduled_run (job, slot, node, claimed_at) values (?1, ?2, ?3, ?4) on conflict do nothing")
        .setParameter(1, job).setParameter(2, Timestamp.from(slot)).setParameter(3, ServerNode.NAME).setParameter(4, Timestamp.from(Instant.now()))
        .executeUpdate();
    // At FINE (DEBUG): the clustered server turns it on, so its logs show each node's timer firing and who ran it.
    LOG.fine(() -> "Job " + job + ", slot " + slot + ": " + (claimed == 1 ? "claimed by this node, " + ServerNode.NAME : "already claimed by another node"));
    if (claimed == 1) {
      em.createNativeQuery("delete from scheduled_run where job = ?1 and slot < ?2").setParameter(1, job)
          .setParameter(2, Timestamp.from(slot.minus(KEPT))).executeUpdate();
    }
    return claimed == 1;
  }
}
