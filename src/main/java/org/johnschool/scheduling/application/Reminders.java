package org.johnschool.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.notification.application.Notices;
import org.johnschool.notification.domain.NoticeKind;
import org.johnschool.referral.application.CaseEnrollment;
import org.johnschool.referral.application.CaseEnrollment.CaseForEnrollment;
import org.johnschool.scheduling.domain.ClassSession;
import org.johnschool.scheduling.domain.Enrollment;
import org.johnschool.scheduling.domain.EnrollmentStatus;
import org.johnschool.scheduling.domain.SessionStatus;
import org.johnschool.scheduling.domain.Sessions;

/** Reminders 7 days and 1 day before a class, to everyone enrolled; each is written once, however often this runs. */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class Reminders {

  @Inject Sessions sessions;
  @Inject CaseEnrollment cases;
  @Inject Notices notices;

  /** Writes the reminders due on {@code today} (the program's day) for the scope's program; answers how many were written. */
  public int writeDue(StaffScope scope, LocalDate today) {
    return write(scope, today.plusDays(7), NoticeKind.REMINDER_7_DAYS) + write(scope, today.plusDays(1), NoticeKind.REMINDER_1_DAY);
  }

  private int write(StaffScope scope, LocalDate day, NoticeKind kind) {
    int written = 0;
    for (ClassSession s : sessions.between(scope.programId(), day, day)) {
      if (s.getStatus() != SessionStatus.SCHEDULED) {
        continue;
      }
      List<Enrollment> enrolled = sessions.roster(s.getId()).stream().filter(e -> e.getStatus() == EnrollmentStatus.ENROLLED).toList();
      Map<Long, CaseForEnrollment> people = cases.cases(enrolled.stream().map(Enrollment::getReferralId).toList(), scope);
      for (Enrollment e : enrolled) {
        CaseForEnrollment c = people.get(e.getReferralId());
        if (c != null && !notices.written(c.id(), s.getId(), kind)) {
          notices.send(scope.programId(), c.id(), s.getId(), kind, c.email(), c.preferredLanguage(),
              SessionFacts.of(c.fullName(), s, c.preferredLanguage(), null));
          written++;
        }
      }
    }
    return written;
  }
}
