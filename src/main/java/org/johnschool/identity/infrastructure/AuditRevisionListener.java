package org.johnschool.identity.infrastructure;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.hibernate.envers.RevisionListener;
import org.johnschool.identity.domain.AuditRevision;

/** Stamps each Envers revision with the signed-in caller and the request's address ("system" otherwise). */
public class AuditRevisionListener implements RevisionListener {

  static final String SYSTEM = "system";

  /**
   * The deployment's bean manager, found once: {@code CDI.current()} walks the caller's stack to find the deployment at
   * every call, the largest single cost of stamping a revision (each referral by REST stamps one).
   */
  private static volatile BeanManager beans;

  private static BeanManager beans() {
    BeanManager b = beans;
    if (b == null) {
      b = CDI.current().getBeanManager();
      beans = b;
    }
    return b;
  }

  @Override
  public void newRevision(Object revisionEntity) {
    ((AuditRevision) revisionEntity).stamp(caller(), address());
  }

  private static String caller() {
    try {
      Principal principal = beans().createInstance().select(SecurityContext.class).get().getCallerPrincipal();
      return principal == null || "anonymous".equals(principal.getName()) ? SYSTEM : principal.getName();
    } catch (RuntimeException e) {
      return SYSTEM;
    }
  }

  private static String address() {
    try {
      BeanManager b = beans();
      if (!b.getContext(RequestScoped.class).isActive()) {
        return null;
      }
      return b.createInstance().select(RequestOrigin.class).get().getAddress();
    } catch (ContextNotActiveException | IllegalStateException e) {
      return null;
    }
  }
}
