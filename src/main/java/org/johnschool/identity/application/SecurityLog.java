package org.johnschool.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.johnschool.identity.domain.SecurityEvent;
import org.johnschool.identity.domain.SecurityEvent.Outcome;
import org.johnschool.identity.domain.SecurityEvent.Type;
import org.johnschool.identity.infrastructure.RequestOrigin;

/**
 * Writes security events (CJIS AU-2) with the six AU-3 fields, in the caller's transaction: the
 * program of the account (when it exists) and the request's address when the caller gives none.
 */
@Stateless
@PermitAll
// Its own transaction: an event stays recorded whatever becomes of the request that caused it (a failed sign-in whose
// request then fails, an export cut off).
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SecurityLog {

  @PersistenceContext EntityManager em;
  @Inject RequestOrigin origin;

  public void record(Type type, String username, Outcome outcome, String sourceAddress, String detail, String subject) {
    Long programId = username == null ? null
        : em.createQuery("select u.program.id from StaffUser u where u.username = :u", Long.class).setParameter("u", username)
            .getResultStream().findFirst().orElse(null);
    em.persist(new SecurityEvent(type, username, outcome, sourceAddress == null ? address() : sourceAddress, detail)
        .about(programId, subject));
  }

  public void exported(String username, String detail) {
    record(Type.EXPORT, username, Outcome.SUCCESS, null, detail, "de-identified cohort export");
  }

  public void sealedRecordRead(String username, long referralId, String reason) {
    record(Type.SEALED_RECORD_READ, username, Outcome.SUCCESS, null, "reason: " + reason, "referral " + referralId);
  }

  private String address() {
    try {
      return origin.getAddress();
    } catch (RuntimeException e) {
      return null; // no request (a scheduled job)
    }
  }
}
