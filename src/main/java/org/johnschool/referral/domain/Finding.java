package org.johnschool.referral.domain;

import java.util.List;

/**
 * The result of one eligibility rule for one referral: whether it was met, which explanation applies
 * ({@code met}, {@code notMet}, or a more specific one such as {@code declared} or {@code onRecord}) and
 * the values it rests on (statutes, ages, counts). Pages and REST render it as a sentence from the
 * message bundle ({@code finding.<RULE>.<explanation>}), in the reader's language.
 */
public record Finding(EligibilityRule rule, boolean met, String explanation, List<String> values) {

  public Finding {
    values = values == null ? List.of() : List.copyOf(values);
  }

  public static Finding met(EligibilityRule rule, Object... values) {
    return new Finding(rule, true, "met", strings(values));
  }

  public static Finding notMet(EligibilityRule rule, String explanation, Object... values) {
    return new Finding(rule, false, explanation, strings(values));
  }

  /**
   * What a court's clerk is told: the rule that was not met, never what the program's records hold — an earlier
   * referral may be another court's or sealed (issue 22, item 15). Findings from what the court itself sent stay as
   * they are.
   */
  public Finding asToldToCourt() {
    return !met && explanation.equals("onRecord") ? new Finding(rule, false, "programRecords", List.of()) : this;
  }

  /** The bundle key of the sentence explaining this finding. */
  public String messageKey() {
    return "finding." + rule.name() + "." + explanation;
  }

  private static List<String> strings(Object... values) {
    return java.util.Arrays.stream(values).map(String::valueOf).toList();
  }
}
