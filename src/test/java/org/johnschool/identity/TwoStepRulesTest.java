package org.johnschool.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.johnschool.identity.application.SecondFactorPolicy;
import org.johnschool.identity.application.SecondFactorPolicy.Step;
import org.johnschool.identity.domain.Base32;
import org.johnschool.identity.domain.OneTimeCode;
import org.johnschool.identity.domain.RecoveryCode;
import org.johnschool.identity.domain.Role;
import org.johnschool.identity.domain.StaffUser;
import org.johnschool.identity.web.QrCodeSvg;
import org.johnschool.program.domain.Program;
import org.junit.jupiter.api.Test;

/** Two-step sign-in: the RFC's own test vectors, the clock window, no code used twice, recovery codes. */
class TwoStepRulesTest {

  static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  final Instant now = Instant.parse("2026-11-23T10:00:10Z");

  StaffUser user() {
    return new StaffUser(new Program("P", "Program", null), "casey", "Casey", Role.COORDINATOR, null, "hash");
  }

  @Test
  void codes_match_the_test_vectors_of_rfc_6238_appendix_b_for_sha1() {
    long[][] vectors = {{59, 94287082}, {1111111109, 7081804}, {1111111111, 14050471}, {1234567890, 89005924},
        {2000000000, 69279037}, {20000000000L, 65353130}};
    for (long[] v : vectors) {
      assertEquals(String.format("%08d", v[1]), OneTimeCode.at(RFC_KEY, v[0] / 30, 8), "time " + v[0]);
      assertEquals(String.format("%08d", v[1]).substring(2), OneTimeCode.at(RFC_KEY, v[0] / 30, 6), "6 digits at time " + v[0]);
    }
  }

  @Test
  void base32_follows_rfc_4648_and_reads_what_people_type() {
    String[][] vectors = {{"", ""}, {"f", "MY"}, {"fo", "MZXQ"}, {"foo", "MZXW6"}, {"foob", "MZXW6YQ"}, {"fooba", "MZXW6YTB"},
        {"foobar", "MZXW6YTBOI"}};
    for (String[] v : vectors) {
      assertEquals(v[1], Base32.encode(v[0].getBytes(StandardCharsets.US_ASCII)));
      assertArrayEquals(v[0].getBytes(StandardCharsets.US_ASCII), Base32.decode(v[1]));
    }
    assertArrayEquals("foobar".getBytes(StandardCharsets.US_ASCII), Base32.decode("mzxw 6ytb-oi======"));
    assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZXW1"));
    assertEquals(32, OneTimeCode.newSecret().length(), "160 bits");
  }

  @Test
  void a_code_is_accepted_one_step_either_side_of_now_and_never_twice() {
    String secret = OneTimeCode.newSecret();
    StaffUser u = user();
    assertFalse(u.enrolSecondFactor(secret, "000000".equals(OneTimeCode.at(secret, now)) ? "111111" : "000000", now),
        "a wrong code does not set it up");
    assertFalse(u.hasSecondFactor());
    assertTrue(u.enrolSecondFactor(secret, OneTimeCode.at(secret, now), now));
    assertTrue(u.hasSecondFactor());

    assertFalse(u.acceptOneTimeCode(OneTimeCode.at(secret, now), now), "the code used to set up is used up");
    Instant later = now.plusSeconds(90);
    assertFalse(u.acceptOneTimeCode(OneTimeCode.at(secret, later.minusSeconds(60)), later), "two steps old: refused");
    String previous = OneTimeCode.at(secret, later.minusSeconds(30));
    assertTrue(u.acceptOneTimeCode(previous.substring(0, 3) + " " + previous.substring(3), later), "one step old, typed with a space");
    assertFalse(u.acceptOneTimeCode(previous, later), "the same code again");
    assertFalse(u.acceptOneTimeCode(OneTimeCode.at(secret, later.minusSeconds(60)), later), "an earlier step after a later one");
    assertTrue(u.acceptOneTimeCode(OneTimeCode.at(secret, later.plusSeconds(30)), later), "a phone a little ahead");
    for (String junk : new String[] {null, "", "12345", "1234567", "abcdef", "12345a"}) {
      assertFalse(u.acceptOneTimeCode(junk, later.plusSeconds(300)), "junk: " + junk);
    }

    u.resetSecondFactor();
    assertFalse(u.hasSecondFactor());
    assertFalse(u.acceptOneTimeCode(OneTimeCode.at(secret, later.plusSeconds(600)), later.plusSeconds(600)),
        "after a reset the old app's codes do nothing");
  }

  @Test
  void production_mode_requires_it_of_every_account_demo_mode_of_those_marked() {
    String before = System.getProperty("jsm.mode");
    SecondFactorPolicy policy = new SecondFactorPolicy();
    try {
      StaffUser plain = user();
      System.clearProperty("jsm.mode");
      assertTrue(policy.required(plain), "production is the default");
      assertEquals(Step.ENROL, policy.after(plain));
      System.setProperty("jsm.mode", "demo");
      assertFalse(policy.required(plain));
      assertEquals(Step.DONE, policy.after(plain));
      plain.requireSecondFactor(true);
      assertEquals(Step.ENROL, policy.after(plain));
      String secret = OneTimeCode.newSecret();
      assertTrue(plain.enrolSecondFactor(secret, OneTimeCode.at(secret, now), now));
      plain.requireSecondFactor(false);
      assertEquals(Step.CODE, policy.after(plain), "once set up, always asked");
    } finally {
      if (before == null) {
        System.clearProperty("jsm.mode");
      } else {
        System.setProperty("jsm.mode", before);
      }
    }
  }

  @Test
  void recovery_codes_are_random_readable_and_typed_loosely() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String code = RecoveryCode.newCode();
      assertTrue(code.matches("[a-z2-9]{5}-[a-z2-9]{5}"), code);
      assertFalse(code.matches(".*[01lio].*"), "no look-alike characters: " + code);
      codes.add(code);
    }
    assertEquals(1000, codes.size());
    assertEquals(RecoveryCode.hashOf("abcde-fghjk"), RecoveryCode.hashOf(" ABCDE FGHJK "));
    assertNotEquals(RecoveryCode.hashOf("abcde-fghjk"), RecoveryCode.hashOf("abcde-fghjm"));
  }

  @Test
  void the_setup_qr_code_is_inline_svg_with_a_label() {
    String svg = QrCodeSvg.of("otpauth://totp/John%20School%20Manager:casey?secret=ABC&issuer=John%20School%20Manager", "QR \"code\"");
    assertTrue(svg.startsWith("<svg") && svg.endsWith("</svg>"));
    assertTrue(svg.contains("aria-label=\"QR &quot;code&quot;\""));
    assertTrue(svg.contains("h1v1h-1z"));
  }
}
