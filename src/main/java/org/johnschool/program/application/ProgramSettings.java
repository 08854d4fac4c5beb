package org.johnschool.program.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.Phrase;
import org.johnschool.program.domain.Program;

/**
 * An admin keeps the program's name, address (printed on documents), its reschedule limit, the attendance grace minutes,
 * its time zone, whether completion needs a coordinator's confirmation and the post-test's pass mark.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ProgramSettings {

  @PersistenceContext EntityManager em;

  /**
   * The settings; in a change a null grace, time zone or completion review keeps what the program has, a null pass
   * mark means none.
   */
  public record Settings(String code, String name, String address, int rescheduleLimit, Integer attendanceGraceMinutes, String timeZone,
      Boolean completionReview, Integer postTestPassMark) {}

  public Settings current(StaffScope scope) {
    Program p = em.find(Program.class, scope.programId());
    return new Settings(p.getCode(), p.getName(), p.getAddress(), p.getRescheduleLimit(), p.getAttendanceGraceMinutes(), p.getZone().getId(),
        p.isCompletionReview(), p.getPostTestPassMark());
  }

  /** Changes the settings (the code stays). */
  public Settings change(StaffScope scope, Settings to) {
    String name = to.name();
    String address = to.address();
    Integer rescheduleLimit = to.rescheduleLimit();
    Integer attendanceGraceMinutes = to.attendanceGraceMinutes();
    String timeZone = to.timeZone();
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new InvalidInputException("name", Phrase.of("program.name"));
    }
    if (address != null && address.length() > 500) {
      throw new InvalidInputException("address", Phrase.of("program.address"));
    }
    if (rescheduleLimit == null) {
      throw new InvalidInputException("rescheduleLimit", Phrase.of("program.rescheduleLimit"));
    }
    // One change at a time: two admins saving at once wait for each other instead of failing on the row's version.
    Program p = em.find(Program.class, scope.programId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    p.changeRescheduleLimit(rescheduleLimit);
    if (attendanceGraceMinutes != null) {
      p.changeAttendanceGraceMinutes(attendanceGraceMinutes);
    }
    if (timeZone != null) {
      p.changeTimeZone(timeZone);
    }
    if (to.completionReview() != null) {
      p.changeCompletionReview(to.completionReview());
    }
    p.changePostTestPassMark(to.postTestPassMark());
    p.rename(name.trim(), address == null || address.isBlank() ? null : address.trim());
    return current(scope);
  }
}
