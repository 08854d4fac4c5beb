package org.johnschool.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.johnschool.program.domain.Program;
import org.johnschool.referral.application.FindingText;
import org.johnschool.referral.domain.EligibilityPolicy;
import org.johnschool.referral.domain.EligibilityRule;
import org.johnschool.referral.domain.Finding;
import org.johnschool.referral.domain.ScreeningFacts;
import org.junit.jupiter.api.Test;

class FindingTextTest {

  @Test
  void a_finding_reads_as_a_sentence_in_english_and_in_spanish() {
    Finding adult = Finding.met(EligibilityRule.ADULT, 47, 18);
    assertEquals("Age 47 at arrest; the program requires 18 or older.", FindingText.of(adult, Locale.ENGLISH));
    assertEquals("Edad 47 al arresto; el programa exige 18 o más.", FindingText.of(adult, Locale.forLanguageTag("es")));
    assertEquals("The program's records hold 2 earlier referral(s) of this person.",
        FindingText.of(Finding.notMet(EligibilityRule.FIRST_OFFENSE, "onRecord", 2), Locale.ENGLISH));
  }

  @Test
  void every_finding_the_rules_can_give_has_a_sentence_in_both_languages() {
    EligibilityPolicy policy = EligibilityPolicy.standard(new Program("P", "P", null));
    List<Finding> all = new ArrayList<>();
    all.addAll(policy.screen(new ScreeningFacts(List.of("647(b)"), 40, false, false, false, false, 0, 0)));
    all.addAll(policy.screen(new ScreeningFacts(List.of("236.1"), 16, true, true, true, true, 0, 0)));
    all.addAll(policy.screen(new ScreeningFacts(List.of("647(b)"), 40, false, false, false, false, 3, 1)));
    all.addAll(all.stream().map(Finding::asToldToCourt).toList());
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
      ResourceBundle bundle = ResourceBundle.getBundle("org.johnschool.i18n.messages", locale);
      for (Finding f : all) {
        assertFalse(FindingText.of(f, locale).contains("{"), f + " in " + locale);
        assertEquals(locale.getLanguage().equals("es"), !bundle.getString(f.messageKey())
            .equals(ResourceBundle.getBundle("org.johnschool.i18n.messages", Locale.ROOT).getString(f.messageKey())), f.messageKey());
      }
    }
  }

  @Test
  void a_court_is_told_the_rule_never_what_the_programs_records_hold() {
    Finding onRecord = Finding.notMet(EligibilityRule.FIRST_OFFENSE, "onRecord", 2);
    assertEquals("Not a first solicitation offense under the program's rules; the program office can say more.",
        FindingText.of(onRecord.asToldToCourt(), Locale.ENGLISH));
    Finding declared = Finding.notMet(EligibilityRule.FIRST_OFFENSE, "declared");
    assertEquals(declared, declared.asToldToCourt(), "what the court itself declared is told as it is");
  }
}
