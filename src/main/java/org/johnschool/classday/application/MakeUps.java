package org.johnschool.classday.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.scheduling.application.EnrollmentDesk;
import org.johnschool.scheduling.application.EnrollmentDesk.EnrollmentView;

/** Make-up seats: a case that missed required modules takes a seat in a later session to attend only those. */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class MakeUps {

  @Inject ClassDay classDay;
  @Inject EnrollmentDesk desk;

  public EnrollmentView enroll(StaffScope scope, long referralId, long sessionId, String reason, boolean confirmWarnings) {
    return desk.enrollForMakeUp(scope, referralId, sessionId, reason, confirmWarnings, classDay.progress(scope, referralId).remaining());
  }
}
