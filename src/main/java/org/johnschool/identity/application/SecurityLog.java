package org.johnschool.identity.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.johnschool.identity.domain.SecurityEvent;

/** Records security events other parts of the system cause (e.g. exports), in the caller's transaction. */
@Stateless
public class SecurityLog {

  @PersistenceContext EntityManager em;

  public void exported(String username, String detail) {
    em.persist(new SecurityEvent(SecurityEvent.Type.EXPORT, username, SecurityEvent.Outcome.SUCCESS, null, detail));
  }
}
