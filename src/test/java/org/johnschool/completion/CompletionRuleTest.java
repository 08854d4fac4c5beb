package org.johnschool.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.johnschool.completion.domain.Certificate;
import org.johnschool.completion.domain.CompletionRule;
import org.johnschool.completion.domain.CompletionRule.Check;
import org.johnschool.completion.domain.CompletionRule.Facts;
import org.johnschool.completion.domain.CompletionRule.Trace;
import org.junit.jupiter.api.Test;

/** The completion rule in all its branches, and certificate numbers as people type them. */
class CompletionRuleTest {

  private static final CompletionRule.PostTest TAKEN = new CompletionRule.PostTest(true, 4, 12, null);
  private static final CompletionRule.PostTest NOT_TAKEN = CompletionRule.PostTest.notTaken(null);

  private static final List<String> REQUIRED = List.of("intro", "law", "health");

  private static List<Boolean> met(Trace t) {
    return t.checks().stream().map(Check::met).toList();
  }

  @Test
  void the_trace_reads_in_spanish_on_a_page_and_the_api_keeps_its_english_json() throws Exception {
    Check fees = CompletionRule.evaluate(new Facts(REQUIRED, List.of("law"), null, "125.00", true, TAKEN)).checks().get(1);
    assertEquals("Owes $125.00.", fees.detail());
    assertEquals("Debe $125.00.", fees.detail(java.util.Locale.forLanguageTag("es")));
    Check modules = CompletionRule.evaluate(new Facts(REQUIRED, List.of("law"), null, "0.00", false, TAKEN)).checks().get(0);
    assertEquals("1 of 3 required modules still to attend: law.", modules.detail());
    try (var jsonb = jakarta.json.bind.JsonbBuilder.create()) {
      assertEquals("{\"condition\":\"FEES\",\"detail\":\"Owes $125.00.\",\"met\":false}", jsonb.toJson(fees),
          "the API's shape: condition, detail, met (no phrase)");
    }
  }

  @Test
  void all_three_conditions_hold_and_the_case_completes() {
    Trace t = CompletionRule.evaluate(new Facts(REQUIRED, List.of(), null, "0.00", false, TAKEN));
    assertEquals(List.of(true, true, true), met(t));
    assertTrue(t.allMet());
  }

  @Test
  void each_condition_alone_missing_holds_completion_back_and_says_why() {
    Trace modules = CompletionRule.evaluate(new Facts(REQUIRED, List.of("law"), null, "0.00", false, TAKEN));
    assertEquals(List.of(false, true, true), met(modules));
    assertTrue(modules.checks().get(0).detail().contains("law"));
    Trace fees = CompletionRule.evaluate(new Facts(REQUIRED, List.of(), null, "125.00", true, TAKEN));
    assertEquals(List.of(true, false, true), met(fees));
    assertTrue(fees.checks().get(1).detail().contains("125.00"));
    Trace test = CompletionRule.evaluate(new Facts(REQUIRED, List.of(), null, "0.00", false, NOT_TAKEN));
    assertEquals(List.of(true, true, false), met(test));
    for (Trace x : List.of(modules, fees, test)) {
      assertFalse(x.allMet());
    }
  }

  @Test
  void no_class_day_on_record_is_not_complete_even_when_paid_and_tested() {
    Trace t = CompletionRule.evaluate(new Facts(List.of(), List.of(), null, "0.00", false, TAKEN));
    assertEquals(List.of(false, true, true), met(t));
  }

  @Test
  void a_class_day_still_going_on_holds_the_modules_back_even_when_every_module_is_in() {
    Trace t = CompletionRule.evaluate(new Facts(REQUIRED, List.of(), java.time.LocalDateTime.of(2026, 12, 20, 17, 0), "0.00", false, TAKEN));
    assertEquals(List.of(false, true, true), met(t));
    assertTrue(t.checks().get(0).detail().contains("17:00"), t.checks().get(0).detail());
  }

  @Test
  void with_a_pass_mark_the_post_test_holds_only_at_or_above_it() {
    Trace below = CompletionRule.evaluate(new Facts(REQUIRED, List.of(), null, "0.00", false, new CompletionRule.PostTest(true, 4, 12, 50)));
    assertEquals(List.of(true, true, false), met(below));
    assertTrue(below.checks().get(2).detail().contains("4 of 12"), below.checks().get(2).detail());
    assertTrue(CompletionRule.evaluate(new Facts(REQUIRED, List.of(), null, "0.00", false, new CompletionRule.PostTest(true, 6, 12, 50))).allMet(),
        "6 of 12 is 50%");
    assertTrue(CompletionRule.evaluate(new Facts(REQUIRED, List.of(), null, "0.00", false, new CompletionRule.PostTest(true, 0, 12, 0))).allMet(),
        "a pass mark of 0 asks only that it is taken");
  }

  @Test
  void a_credit_or_a_waived_balance_owes_nothing() {
    assertTrue(CompletionRule.evaluate(new Facts(REQUIRED, List.of(), null, "-20.00", false, TAKEN)).allMet());
  }

  @Test
  void certificate_numbers_are_random_and_read_as_typed() {
    Certificate a = new Certificate(1, 2, java.time.LocalDate.of(2026, 11, 23), java.time.Instant.parse("2026-11-23T18:00:00Z"));
    Certificate b = new Certificate(1, 3, java.time.LocalDate.of(2026, 11, 23), java.time.Instant.parse("2026-11-23T18:00:00Z"));
    assertTrue(a.getNumber().matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), a.getNumber());
    assertNotEquals(a.getNumber(), b.getNumber());
    assertEquals("7K3M-Q9XD-2F4B", Certificate.normalize(" 7k3m q9xd-2f4b "));
    assertEquals("0K3M-Q9XD-2F41", Certificate.normalize("OK3M-Q9XD-2F4I"));
    assertNull(Certificate.normalize("7K3M-Q9XD"));
    assertNull(Certificate.normalize("<script>"));
  }
}
