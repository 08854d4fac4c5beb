package org.johnschool.referral.domain;

import java.time.LocalDate;
import java.util.List;

/** Identifying details of a referred person, as checked at intake. */
public record PersonDetails(
    String firstName,
    String middleName,
    String lastName,
    List<Alias> aliases,
    LocalDate dateOfBirth,
    Sex sex,
    String stateId,
    String fbiNumber,
    String address,
    String phone,
    String email,
    String preferredLanguage) {

  /** Another name the person is known by. */
  public record Alias(String firstName, String lastName) {}

  public PersonDetails {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
