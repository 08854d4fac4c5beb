package org.johnschool.setup;

import java.util.List;
import org.johnschool.identity.domain.Role;

/** The demo accounts (demo mode only; also listed in the README). */
public record DemoAccount(String username, String password, String displayName, Role role, String courtCode) {

  public static final List<DemoAccount> ALL = List.of(
      new DemoAccount("admin", "violet-harbor-lantern-42", "Avery Admin", Role.ADMIN, null),
      new DemoAccount("coordinator", "amber-meadow-compass-42", "Casey Coordinator", Role.COORDINATOR, null),
      new DemoAccount("facilitator", "silver-river-teacher-42", "Frankie Facilitator", Role.FACILITATOR, null),
      new DemoAccount("clerk", "maple-courthouse-ledger-42", "Charlie Clerk", Role.CLERK, "SF-SUP"),
      new DemoAccount("clerk.oakland", "cedar-courthouse-ledger-42", "Olive Clerk", Role.CLERK, "ALA-SUP"),
      new DemoAccount("evaluator", "quiet-number-garden-42", "Eden Evaluator", Role.EVALUATOR, null));
}
