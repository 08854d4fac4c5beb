package org.johnschool.identity.application;

import java.io.Serializable;
import java.time.Duration;
import org.johnschool.identity.application.SecondFactorPolicy.Step;

/**
 * A sign-in whose password was right but whose second step is still due: kept in the HTTP session,
 * gives no access, and lapses after {@link #LIMIT}.
 */
public record PendingSignIn(String username, Step step, String next, long startedEpochMillis) implements Serializable {

  public static final String SESSION_KEY = "jsm.pendingSignIn";
  public static final Duration LIMIT = Duration.ofMinutes(10);

  public boolean lapsed(long nowEpochMillis) {
    return nowEpochMillis - startedEpochMillis >= LIMIT.toMillis();
  }
}
