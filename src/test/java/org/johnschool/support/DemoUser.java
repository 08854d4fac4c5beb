package org.johnschool.support;

/** The demo accounts the test server is seeded with (JSM_MODE=demo, see setup.DemoAccount). */
public enum DemoUser {
  ADMIN("admin", "violet-harbor-lantern-42"),
  COORDINATOR("coordinator", "amber-meadow-compass-42"),
  FACILITATOR("facilitator", "silver-river-teacher-42"),
  CLERK_SF("clerk", "maple-courthouse-ledger-42"),
  CLERK_ALAMEDA("clerk.oakland", "cedar-courthouse-ledger-42"),
  EVALUATOR("evaluator", "quiet-number-garden-42");

  public final String username;
  public final String password;

  DemoUser(String username, String password) {
    this.username = username;
    this.password = password;
  }
}
