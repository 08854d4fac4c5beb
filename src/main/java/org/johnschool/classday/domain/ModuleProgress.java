package org.johnschool.classday.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A case's required modules and which of them it attended, across every class day and make-up seat; what
 * remains is what a make-up seat must cover.
 */
public record ModuleProgress(List<String> required, Set<String> attended) {

  public static ModuleProgress of(List<String> requiredInOrder, Collection<Attendance> days) {
    Set<String> attended = new LinkedHashSet<>();
    for (Attendance day : days) {
      for (ModuleAttendance m : day.getModules()) {
        if (m.isAttended()) {
          attended.add(m.getModuleKey());
        }
      }
    }
    return new ModuleProgress(List.copyOf(requiredInOrder), attended);
  }

  /** The progress from each class day's credit (module key to attended), e.g. as the day stands now. */
  public static ModuleProgress fromCredit(List<String> requiredInOrder, Collection<java.util.Map<String, Boolean>> credits) {
    Set<String> attended = new LinkedHashSet<>();
    for (java.util.Map<String, Boolean> credit : credits) {
      credit.forEach((key, yes) -> {
        if (Boolean.TRUE.equals(yes)) {
          attended.add(key);
        }
      });
    }
    return new ModuleProgress(List.copyOf(requiredInOrder), attended);
  }

  /** Required modules not attended yet, in the course's order. */
  public List<String> remaining() {
    List<String> left = new ArrayList<>();
    for (String key : required) {
      if (!attended.contains(key)) {
        left.add(key);
      }
    }
    return left;
  }

  public boolean allAttended() {
    return !required.isEmpty() && remaining().isEmpty();
  }
}
