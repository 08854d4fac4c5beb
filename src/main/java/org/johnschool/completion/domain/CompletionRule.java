package org.johnschool.completion.domain;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.List;
import java.util.Locale;
import org.johnschool.platform.Phrase;

/**
 * The completion rule: a case completes when every required module was attended (across sessions) and its
 * class day is over, it owes nothing (an approved waiver counts as paid), and its post-test is taken (with at
 * least the program's pass mark, when it has one). The trace says, condition by condition, what holds and what is
 * missing.
 */
public final class CompletionRule {

  public enum Condition {
    MODULES,
    FEES,
    POST_TEST
  }

  /**
   * What the rule looks at, gathered from the class days, the ledger and the tests; {@code dayEnds} is the end of a
   * class day of the case still going on (null when none is).
   */
  public record Facts(List<String> requiredModules, List<String> remainingModules, java.time.LocalDateTime dayEnds, String balance,
      boolean owes, PostTest postTest) {}

  /** The post-test: taken (submitted) or not, its knowledge items right of all, and the program's pass mark in percent (null: none). */
  public record PostTest(boolean taken, int right, int items, Integer passMark) {

    public static PostTest notTaken(Integer passMark) {
      return new PostTest(false, 0, 0, passMark);
    }

    boolean passed() {
      return passMark == null || items > 0 && right * 100 >= passMark * items;
    }
  }

  /**
   * One condition: whether it holds and, when not, what is missing. The detail is English (the API's); a page says it in
   * its language with {@link #detail(Locale)}.
   */
  public record Check(Condition condition, boolean met, String detail, @JsonbTransient Phrase phrase) implements java.io.Serializable {
    Check(Condition condition, boolean met, Phrase phrase) {
      this(condition, met, phrase.english(), phrase);
    }

    public String detail(Locale locale) {
      return phrase == null ? detail : phrase.in(locale);
    }
  }

  public record Trace(List<Check> checks) implements java.io.Serializable {
    public boolean allMet() {
      return checks.stream().allMatch(Check::met);
    }
  }

  private CompletionRule() {}

  public static Trace evaluate(Facts f) {
    Check modules;
    if (f.requiredModules().isEmpty()) {
      modules = new Check(Condition.MODULES, false, Phrase.of("completion.modules.none"));
    } else if (f.dayEnds() != null) {
      modules = new Check(Condition.MODULES, false, Phrase.of("completion.modules.underway", f.dayEnds().toLocalDate(),
          f.dayEnds().toLocalTime()));
    } else if (f.remainingModules().isEmpty()) {
      modules = new Check(Condition.MODULES, true, Phrase.of("completion.modules.all", f.requiredModules().size()));
    } else {
      modules = new Check(Condition.MODULES, false, Phrase.of("completion.modules.remaining", f.remainingModules().size(),
          f.requiredModules().size(), String.join(", ", f.remainingModules())));
    }
    Check fees = f.owes() ? new Check(Condition.FEES, false, Phrase.of("completion.fees.owes", f.balance()))
        : new Check(Condition.FEES, true, Phrase.of("completion.fees.none", f.balance()));
    PostTest p = f.postTest();
    Check test;
    if (!p.taken()) {
      test = new Check(Condition.POST_TEST, false, Phrase.of("completion.postTest.missing"));
    } else if (!p.passed()) {
      test = new Check(Condition.POST_TEST, false, Phrase.of("completion.postTest.belowPassMark", p.right(), p.items(), p.passMark()));
    } else {
      test = new Check(Condition.POST_TEST, true, Phrase.of("completion.postTest.taken"));
    }
    return new Trace(List.of(modules, fees, test));
  }
}
