package org.johnschool.classday.domain;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.johnschool.curriculum.domain.AgendaKind;
import org.johnschool.curriculum.domain.CurriculumModule;
import org.johnschool.scheduling.domain.ClassSession;
import org.johnschool.scheduling.domain.SessionAgendaItem;

/** A module of a session's day with its clock times (from the session's start and the agenda's minutes). */
public record AgendaSlot(String moduleKey, boolean required, LocalTime start, LocalTime end) {

  /**
   * The modules of a session's day with their clock times, in the day's order (breaks take their minutes). A module
   * the agenda runs past the session's end ends with the session: nobody is held past the end, and the day is over
   * when the session is.
   */
  public static List<AgendaSlot> of(ClassSession s) {
    Map<String, Boolean> required = new HashMap<>();
    for (CurriculumModule m : s.getCurriculumVersion().getModules()) {
      required.put(m.getKey(), m.isRequired());
    }
    List<AgendaSlot> slots = new ArrayList<>();
    long length = java.time.Duration.between(s.getStart(), s.getEnd()).toMinutes();
    long from = 0;
    for (SessionAgendaItem item : s.getAgenda()) {
      long to = from + item.getMinutes();
      if (item.getKind() == AgendaKind.MODULE) {
        slots.add(new AgendaSlot(item.getModuleKey(), required.getOrDefault(item.getModuleKey(), true),
            s.getStart().plusMinutes(Math.min(from, length)), s.getStart().plusMinutes(Math.min(to, length))));
      }
      from = to;
    }
    return slots;
  }
}
