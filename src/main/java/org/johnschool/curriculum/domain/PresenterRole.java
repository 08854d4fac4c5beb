package org.johnschool.curriculum.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Who presents a module, as written in a module file's {@code presenter:} line (e.g. {@code survivor-speaker}). */
public enum PresenterRole {
  FACILITATOR,
  PROSECUTOR,
  POLICE_OFFICER,
  PUBLIC_HEALTH_EDUCATOR,
  SURVIVOR_SPEAKER,
  COUNSELOR,
  COMMUNITY_MEMBER;

  public String fileName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<PresenterRole> fromFileName(String value) {
    return Arrays.stream(values()).filter(r -> r.fileName().equals(value)).findFirst();
  }

  public static String allFileNames() {
    return Arrays.stream(values()).map(PresenterRole::fileName).collect(Collectors.joining(", "));
  }
}
