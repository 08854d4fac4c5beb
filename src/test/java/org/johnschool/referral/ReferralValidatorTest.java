package org.johnschool.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.johnschool.platform.FieldError;
import org.johnschool.referral.application.ReferralRequest;
import org.johnschool.referral.application.ReferralRequest.ChargeRequest;
import org.johnschool.referral.application.ReferralRequest.PersonRequest;
import org.johnschool.referral.application.ReferralValidator;
import org.junit.jupiter.api.Test;

class ReferralValidatorTest {

  final Clock clock = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

  ReferralRequest request(String first, String dob, String arrest, String deadline, List<ChargeRequest> charges) {
    return new ReferralRequest("sf-sup", "24-CR-001234", "T-88231", arrest, "SFPD", "2026-11-05", deadline, "2027-02-10",
        new PersonRequest(first, null, "Doe", null, dob, "m", null, null, null, null, null, null), charges, null);
  }

  List<String> fields(ReferralValidator.Result r) {
    return ((ReferralValidator.Invalid) r).errors().stream().map(FieldError::field).toList();
  }

  @Test
  void the_contract_example_is_valid_and_normalised() {
    var r = ReferralValidator.check(request("Jon", "1980-02-03", "2026-11-01", "2027-02-05",
        List.of(new ChargeRequest("647(b)", "Solicitation"))), clock);
    var valid = assertInstanceOf(ReferralValidator.Valid.class, r).referral();
    assertEquals("SF-SUP", valid.courtCode());
    assertEquals("en", valid.person().preferredLanguage());
  }

  @Test
  void every_problem_is_named_by_its_field() {
    var r = ReferralValidator.check(request("", "1980-02-31", "2026-11-10", "2026-10-01", List.of(new ChargeRequest("", null))), clock);
    List<String> fields = fields(r);
    assertTrue(fields.containsAll(List.of("person.firstName", "person.dateOfBirth", "referralDate", "deadline",
        "charges[0].statuteCode", "charges[0].description")), fields.toString());
  }

  @Test
  void script_and_formula_text_are_refused() {
    var r = ReferralValidator.check(request("<script>alert(1)</script>", "1980-02-03", "2026-11-01", "2027-02-05",
        List.of(new ChargeRequest("647(b)", "=HYPERLINK(\"http://x\")"))), clock);
    assertTrue(fields(r).containsAll(List.of("person.firstName", "charges[0].description")));
  }

  @Test
  void future_arrests_and_missing_charges_are_refused() {
    var r = ReferralValidator.check(request("Jon", "1980-02-03", "2026-12-01", "2027-02-05", List.of()), clock);
    assertTrue(fields(r).containsAll(List.of("arrestDate", "charges")));
  }

  @Test
  void aliases_written_as_text_take_the_last_word_as_last_name() {
    assertEquals(List.of(new ReferralRequest.AliasRequest("Jon Paul", "Doe"), new ReferralRequest.AliasRequest(null, "Smith")),
        ReferralRequest.AliasRequest.parse(" Jon Paul Doe ; Smith ;", ";"));
    assertEquals(List.of(), ReferralRequest.AliasRequest.parse(null, ";"));
  }

  @Test
  void an_empty_body_is_refused() {
    assertEquals(List.of("body"), fields(ReferralValidator.check(null, clock)));
  }
}
