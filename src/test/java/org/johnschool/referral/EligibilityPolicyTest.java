package org.johnschool.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.program.domain.Program;
import org.johnschool.referral.domain.EligibilityPolicy;
import org.johnschool.referral.domain.EligibilityResult;
import org.johnschool.referral.domain.EligibilityRule;
import org.johnschool.referral.domain.Finding;
import org.johnschool.referral.domain.ReferralStatus;
import org.johnschool.referral.domain.ScreeningFacts;
import org.junit.jupiter.api.Test;

class EligibilityPolicyTest {

  final EligibilityPolicy policy = EligibilityPolicy.standard(new Program("P", "Program", null));

  static ScreeningFacts facts(List<String> statutes, int age) {
    return new ScreeningFacts(statutes, age, false, false, false, false, 0, 0);
  }

  static Finding finding(List<Finding> findings, EligibilityRule rule) {
    return findings.stream().filter(f -> f.rule() == rule).findFirst().orElseThrow();
  }

  @Test
  void a_first_time_adult_buyer_is_eligible_and_every_rule_gives_a_met_reason() {
    List<Finding> findings = policy.screen(facts(List.of("647(b)"), 40));
    assertEquals(EligibilityResult.ELIGIBLE, EligibilityPolicy.resultOf(findings));
    assertEquals(EligibilityRule.values().length, findings.size());
    assertTrue(findings.stream().allMatch(Finding::met));
  }

  @Test
  void statute_codes_match_without_regard_to_case_or_spaces() {
    assertTrue(finding(policy.screen(facts(List.of("647 (B)"), 40)), EligibilityRule.BUYER_OFFENSE).met());
  }

  @Test
  void a_penal_code_prefix_does_not_decide_eligibility_and_the_reason_shows_the_code_as_the_court_wrote_it() {
    List<Finding> findings = policy.screen(facts(List.of("PC 647(b)"), 40));
    assertEquals(EligibilityResult.ELIGIBLE, EligibilityPolicy.resultOf(findings));
    assertEquals(List.of("PC 647(b)"), finding(findings, EligibilityRule.BUYER_OFFENSE).values());
    assertFalse(finding(policy.screen(facts(List.of("Pen. Code § 236.1", "647(b)"), 40)), EligibilityRule.NO_TRAFFICKING_CHARGE).met());
  }

  @Test
  void the_programs_rule_lists_read_codes_the_same_way_as_the_charges() {
    EligibilityPolicy typed = EligibilityPolicy.standard(new Program("Q", "Other", null));
    typed.change(18, List.of("PC 647(b)", "Pen. Code § 653.22"), List.of("236.1"), true, true, true, true);
    assertTrue(finding(typed.screen(facts(List.of("647(B)"), 40)), EligibilityRule.BUYER_OFFENSE).met());
    assertTrue(finding(typed.screen(facts(List.of("653.22"), 40)), EligibilityRule.BUYER_OFFENSE).met());
    assertThrows(InvalidInputException.class,
        () -> typed.change(18, List.of("647(b)"), List.of("PC 647(b)"), true, true, true, true));
  }

  @Test
  void a_trafficking_charge_makes_a_buyer_ineligible() {
    List<Finding> findings = policy.screen(facts(List.of("647(b)", "236.1"), 40));
    assertEquals(EligibilityResult.INELIGIBLE, EligibilityPolicy.resultOf(findings));
    assertFalse(finding(findings, EligibilityRule.NO_TRAFFICKING_CHARGE).met());
    assertEquals(List.of("236.1"), finding(findings, EligibilityRule.NO_TRAFFICKING_CHARGE).values());
  }

  @Test
  void a_charge_that_is_not_a_buyer_offense_is_ineligible() {
    assertFalse(finding(policy.screen(facts(List.of("484"), 40)), EligibilityRule.BUYER_OFFENSE).met());
  }

  @Test
  void a_minor_is_ineligible_and_an_adult_of_exactly_the_minimum_age_is_not() {
    assertFalse(finding(policy.screen(facts(List.of("647(b)"), 17)), EligibilityRule.ADULT).met());
    assertTrue(finding(policy.screen(facts(List.of("647(b)"), 18)), EligibilityRule.ADULT).met());
  }

  @Test
  void history_declared_by_the_court_or_found_in_the_records_makes_a_case_ineligible() {
    var declared = new ScreeningFacts(List.of("647(b)"), 40, true, true, true, true, 0, 0);
    List<Finding> findings = policy.screen(declared);
    assertFalse(finding(findings, EligibilityRule.FIRST_OFFENSE).met());
    assertFalse(finding(findings, EligibilityRule.NO_PRIOR_DIVERSION).met());
    assertFalse(finding(findings, EligibilityRule.NOT_REGISTERED_SEX_OFFENDER).met());
    assertFalse(finding(findings, EligibilityRule.NO_PENDING_SIMILAR_CHARGE).met());

    var onRecord = new ScreeningFacts(List.of("647(b)"), 40, false, false, false, false, 2, 1);
    assertFalse(finding(policy.screen(onRecord), EligibilityRule.FIRST_OFFENSE).met());
    assertFalse(finding(policy.screen(onRecord), EligibilityRule.NO_PRIOR_DIVERSION).met());
  }

  @Test
  void an_admin_can_switch_history_rules_off() {
    policy.change(21, List.of("647(b)"), List.of("236.1"), false, false, false, false);
    var declared = new ScreeningFacts(List.of("647(b)"), 22, true, true, true, true, 3, 3);
    List<Finding> findings = policy.screen(declared);
    assertEquals(EligibilityResult.ELIGIBLE, EligibilityPolicy.resultOf(findings));
    assertEquals(3, findings.size());
  }

  @Test
  void a_policy_without_buyer_statutes_or_with_a_statute_in_both_lists_is_refused() {
    assertThrows(InvalidInputException.class, () -> policy.change(18, List.of(), List.of("236.1"), true, true, true, true));
    assertThrows(InvalidInputException.class, () -> policy.change(18, List.of("647(b)"), List.of("647(B)"), true, true, true, true));
    assertThrows(InvalidInputException.class, () -> policy.change(-1, List.of("647(b)"), List.of(), true, true, true, true));
  }

  @Test
  void an_earlier_referral_counts_as_a_prior_diversion_once_the_person_entered_the_program() {
    assertEquals(3, EligibilityPolicy.priorDiversions(java.util.List.of(ReferralStatus.ENROLLED, ReferralStatus.DISMISSED,
        ReferralStatus.RETURNED_TO_COURT, ReferralStatus.INELIGIBLE, ReferralStatus.ELIGIBLE, ReferralStatus.REFERRED)));
  }
}
