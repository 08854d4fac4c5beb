package org.johnschool.identity.application;

import java.io.Serializable;
import java.time.Duration;
import org.johnschool.identity.domain.Role;

/**
 * The identity a successful sign-in establishes: kept in the HTTP session for pages. However active
 * the person is, they sign in again after {@link #ABSOLUTE_LIMIT} (CJIS IA-5; the 30-minute idle limit
 * is the session timeout in web.xml).
 */
public record SignedInStaff(String username, Role role, long loginEpochMillis) implements Serializable {

  public static final Duration ABSOLUTE_LIMIT = Duration.ofHours(12);

  public boolean mustSignInAgain(long nowEpochMillis) {
    return nowEpochMillis - loginEpochMillis >= ABSOLUTE_LIMIT.toMillis();
  }
}
