package org.johnschool.completion.domain;

import java.util.List;

/**
 * The completion rule: a case completes when every required module was attended (across sessions), it owes
 * nothing (an approved waiver counts as paid), and its post-test is taken. The trace says, condition by
 * condition, what holds and what is missing.
 */
public final class CompletionRule {

  public enum Condition {
    MODULES,
    FEES,
    POST_TEST
  }

  /** What the rule looks at, gathered from the class days, the ledger and the tests. */
  public record Facts(List<String> requiredModules, List<String> remainingModules, String balance, boolean owes, boolean postTestTaken) {}

  /** One condition: whether it holds and, when not, what is missing. */
  public record Check(Condition condition, boolean met, String detail) implements java.io.Serializable {}

  public record Trace(List<Check> checks) implements java.io.Serializable {
    public boolean allMet() {
      return checks.stream().allMatch(Check::met);
    }
  }

  private CompletionRule() {}

  public static Trace evaluate(Facts f) {
    Check modules;
    if (f.requiredModules().isEmpty()) {
      modules = new Check(Condition.MODULES, false, "No class day on record yet.");
    } else if (f.remainingModules().isEmpty()) {
      modules = new Check(Condition.MODULES, true, "All " + f.requiredModules().size() + " required modules attended.");
    } else {
      modules = new Check(Condition.MODULES, false, f.remainingModules().size() + " of " + f.requiredModules().size()
          + " required modules still to attend: " + String.join(", ", f.remainingModules()) + ".");
    }
    Check fees = f.owes() ? new Check(Condition.FEES, false, "Owes $" + f.balance() + ".")
        : new Check(Condition.FEES, true, "Nothing owed (balance $" + f.balance() + ").");
    Check test = f.postTestTaken() ? new Check(Condition.POST_TEST, true, "Post-test taken.")
        : new Check(Condition.POST_TEST, false, "Post-test not taken yet.");
    return new Trace(List.of(modules, fees, test));
  }
}
