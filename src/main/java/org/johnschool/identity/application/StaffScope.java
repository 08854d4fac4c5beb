package org.johnschool.identity.application;

import org.johnschool.identity.domain.Role;

/**
 * What a signed-in person may see: their program, and for a clerk their one court. Queries take it
 * so that no page or endpoint can forget the limit.
 */
public record StaffScope(String username, long userId, long programId, Role role, Long courtId) {

  public boolean seesIdentities() {
    return role != Role.EVALUATOR;
  }

  public boolean isClerk() {
    return role == Role.CLERK;
  }

  public boolean mayUseCourt(long courtId) {
    return !isClerk() || this.courtId == courtId;
  }
}
