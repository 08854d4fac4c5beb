package org.johnschool.identity.infrastructure;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.hibernate.envers.RevisionListener;
import org.johnschool.identity.domain.AuditRevision;

/** Stamps each Envers revision with the signed-in caller and the request's address ("system" otherwise). */
public class AuditRevisionListener implements RevisionListener {

  static final String SYSTEM = "system";

  @Override
  public void newRevision(Object revisionEntity) {
    ((AuditRevision) revisionEntity).stamp(caller(), address());
  }

  private static String caller() {
    try {
      Principal principal = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
      return principal == null || "anonymous".equals(principal.getName()) ? SYSTEM : principal.getName();
    } catch (RuntimeException e) {
      return SYSTEM;
    }
  }

  private static String address() {
    try {
      if (!CDI.current().getBeanManager().getContext(RequestScoped.class).isActive()) {
        return null;
      }
      return CDI.current().select(RequestOrigin.class).get().getAddress();
    } catch (ContextNotActiveException | IllegalStateException e) {
      return null;
    }
  }
}
