package org.johnschool.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.johnschool.court.domain.Court;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.InvalidTransitionException;
import org.johnschool.program.domain.Program;
import org.johnschool.referral.domain.EligibilityPolicy;
import org.johnschool.referral.domain.EligibilityResult;
import org.johnschool.referral.domain.Person;
import org.johnschool.referral.domain.PersonDetails;
import org.johnschool.referral.domain.Referral;
import org.johnschool.referral.domain.ReferralFacts;
import org.johnschool.referral.domain.ReferralStatus;
import org.johnschool.referral.domain.Sex;
import org.junit.jupiter.api.Test;

class ReferralLifecycleTest {

  final Program program = new Program("P", "Program", null);
  final Court court = new Court(program, "SF-SUP", "Superior Court");
  final EligibilityPolicy policy = EligibilityPolicy.standard(program);
  static final Instant NOW = Instant.parse("2026-11-05T17:00:00Z");

  Referral referral(String statute) {
    Person person = new Person(program, new PersonDetails("Jon", null, "Doe", List.of(), LocalDate.of(1980, 2, 3), Sex.M,
        null, null, null, null, null, "en"));
    ReferralFacts facts = new ReferralFacts("24-CR-1", "T-1", LocalDate.of(2026, 11, 1), "SFPD", LocalDate.of(2026, 11, 5),
        LocalDate.of(2027, 2, 5), null, List.of(new ReferralFacts.ChargeFacts(statute, "Solicitation")), null);
    return new Referral(court, person, facts, null, NOW);
  }

  @Test
  void a_new_referral_is_referred_and_screening_makes_it_eligible() {
    Referral r = referral("647(b)");
    assertEquals(ReferralStatus.REFERRED, r.getStatus());
    r.screen(policy, r.screeningFacts(0, 0), NOW);
    assertEquals(ReferralStatus.ELIGIBLE, r.getStatus());
    assertEquals(EligibilityResult.ELIGIBLE, r.getScreeningResult());
    assertFalse(r.getFindings().isEmpty());
  }

  @Test
  void a_referral_is_screened_only_once() {
    Referral r = referral("647(b)");
    r.screen(policy, r.screeningFacts(0, 0), NOW);
    assertThrows(InvalidTransitionException.class, () -> r.screen(policy, r.screeningFacts(0, 0), NOW));
  }

  @Test
  void an_override_needs_a_justification_and_keeps_the_rules_result() {
    Referral r = referral("236.1");
    r.screen(policy, r.screeningFacts(0, 0), NOW);
    assertEquals(ReferralStatus.INELIGIBLE, r.getStatus());

    assertThrows(InvalidInputException.class, () -> r.overrideEligibility(EligibilityResult.ELIGIBLE, "  ", "coordinator", NOW));
    assertEquals(ReferralStatus.INELIGIBLE, r.getStatus());

    r.overrideEligibility(EligibilityResult.ELIGIBLE, "Charge amended.", "coordinator", NOW);
    assertEquals(ReferralStatus.ELIGIBLE, r.getStatus());
    assertEquals(EligibilityResult.INELIGIBLE, r.getScreeningResult());
    assertEquals(EligibilityResult.ELIGIBLE, r.effectiveEligibility().orElseThrow());
    assertEquals("coordinator", r.getOverriddenBy());
  }

  @Test
  void overriding_to_the_status_the_case_already_has_is_refused() {
    Referral r = referral("647(b)");
    r.screen(policy, r.screeningFacts(0, 0), NOW);
    assertThrows(InvalidTransitionException.class, () -> r.overrideEligibility(EligibilityResult.ELIGIBLE, "Why not", "c", NOW));
  }

  @Test
  void an_unscreened_referral_cannot_be_overridden() {
    Referral r = referral("647(b)");
    assertThrows(InvalidTransitionException.class, () -> r.overrideEligibility(EligibilityResult.INELIGIBLE, "Because", "c", NOW));
  }

  @Test
  void the_lifecycle_allows_only_its_transitions() {
    assertTrue(ReferralStatus.REFERRED.canBecome(ReferralStatus.ELIGIBLE));
    assertTrue(ReferralStatus.REFERRED.canBecome(ReferralStatus.INELIGIBLE));
    assertFalse(ReferralStatus.REFERRED.canBecome(ReferralStatus.COMPLETED));
    assertFalse(ReferralStatus.INELIGIBLE.canBecome(ReferralStatus.ENROLLED));
    assertTrue(ReferralStatus.ELIGIBLE.canBecome(ReferralStatus.ENROLLED));
    assertFalse(ReferralStatus.DISMISSED.canBecome(ReferralStatus.REFERRED));
    assertFalse(ReferralStatus.RETURNED_TO_COURT.canBecome(ReferralStatus.ELIGIBLE));
  }

  @Test
  void dates_out_of_order_or_no_charges_are_refused_by_the_referral_itself() {
    Person person = new Person(program, new PersonDetails("A", null, "B", List.of(), LocalDate.of(1980, 1, 1), Sex.M,
        null, null, null, null, null, "en"));
    var backwards = new ReferralFacts("1", null, LocalDate.of(2026, 11, 5), "PD", LocalDate.of(2026, 11, 1),
        LocalDate.of(2027, 1, 1), null, List.of(new ReferralFacts.ChargeFacts("647(b)", "S")), null);
    assertThrows(InvalidInputException.class, () -> new Referral(court, person, backwards, null, NOW));
    var noCharges = new ReferralFacts("1", null, LocalDate.of(2026, 11, 1), "PD", LocalDate.of(2026, 11, 5),
        LocalDate.of(2027, 1, 1), null, List.of(), null);
    assertThrows(InvalidInputException.class, () -> new Referral(court, person, noCharges, null, NOW));
  }
}
