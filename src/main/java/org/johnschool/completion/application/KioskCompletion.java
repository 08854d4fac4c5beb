package org.johnschool.completion.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;

/** Evaluates completion after a kiosk submission, on the program's behalf (the participant is not signed in). */
@Stateless
@RunAs(Role.ADMIN_NAME)
public class KioskCompletion {

  @Inject Completions completions;

  @PermitAll
  public void evaluate(long programId, long referralId) {
    completions.evaluate(new StaffScope("kiosk", 0, programId, Role.ADMIN, null), referralId);
  }
}
