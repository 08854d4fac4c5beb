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

/** An admin keeps the program's name, address (printed on documents), its reschedule limit and the attendance grace minutes. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ProgramSettings {

  @PersistenceContext EntityManager em;

  public record Settings(String code, String name, String address, int rescheduleLimit, Integer attendanceGraceMinutes) {}

  public Settings current(StaffScope scope) {
    Program p = em.find(Program.class, scope.programId());
    return new Settings(p.getCode(), p.getName(), p.getAddress(), p.getRescheduleLimit(), p.getAttendanceGraceMinutes());
  }

  public Settings change(StaffScope scope, String name, String address, Integer rescheduleLimit, Integer attendanceGraceMinutes) {
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new InvalidInputException("name", Phrase.of("program.name"));
    }
    if (address != null && address.length() > 500) {
      throw new InvalidInputException("address", Phrase.of("program.address"));
    }
    if (rescheduleLimit == null) {
      throw new InvalidInputException("rescheduleLimit", Phrase.of("program.rescheduleLimit"));
    }
    Program p = em.find(Program.class, scope.programId());
    p.changeRescheduleLimit(rescheduleLimit);
    if (attendanceGraceMinutes != null) {
      p.changeAttendanceGraceMinutes(attendanceGraceMinutes);
    }
    p.rename(name.trim(), address == null || address.isBlank() ? null : address.trim());
    return current(scope);
  }
}
