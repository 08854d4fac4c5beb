package org.johnschool.support;

import java.net.URL;
import java.time.LocalDate;

/** Class sessions made through the API for tests, each on its own future date. */
public final class ClassSessions {

  private ClassSessions() {}

  public static String json(LocalDate date, String language, int capacity) {
    return """
        {"date":"%s","start":"09:00","end":"17:00","language":"%s","capacity":%d}
        """.formatted(date, language, capacity);
  }

  /** A new session (default venue, latest curriculum); answers its id. */
  public static long create(URL base, LocalDate date, String language, int capacity) {
    var reply = Api.as(base, DemoUser.COORDINATOR).post("api/v1/sessions", json(date, language, capacity));
    if (reply.status() != 201) {
      throw new AssertionError("session not created: " + reply);
    }
    return reply.json().getJsonNumber("id").longValue();
  }

  /** A new eligible referral of SF-SUP; answers its id. */
  public static long eligibleCase(URL base) {
    var reply = Api.as(base, DemoUser.CLERK_SF).post("api/v1/referrals", Referrals.eligible("SF-SUP"));
    if (reply.status() != 201 || !reply.json().getString("status").equals("ELIGIBLE")) {
      throw new AssertionError("referral not eligible: " + reply);
    }
    return reply.json().getJsonNumber("id").longValue();
  }
}
