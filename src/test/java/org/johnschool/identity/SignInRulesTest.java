package org.johnschool.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.johnschool.identity.application.SignedInStaff;
import org.johnschool.identity.domain.PasswordHasher;
import org.johnschool.identity.domain.PasswordPolicy;
import org.johnschool.identity.domain.Role;
import org.johnschool.identity.domain.StaffUser;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.program.domain.Program;
import org.junit.jupiter.api.Test;

class SignInRulesTest {

  final Program program = new Program("P", "Program", null);

  StaffUser user() {
    return new StaffUser(program, "casey", "Casey", Role.COORDINATOR, null, "hash");
  }

  @Test
  void five_failures_within_fifteen_minutes_lock_the_account_until_released() {
    StaffUser u = user();
    Instant t = Instant.parse("2026-11-23T10:00:00Z");
    for (int i = 0; i < 4; i++) {
      assertFalse(u.recordFailedLogin(t.plusSeconds(60L * i)));
    }
    assertTrue(u.canSignIn());
    assertTrue(u.recordFailedLogin(t.plusSeconds(600)));
    assertFalse(u.canSignIn());
    u.recordSuccessfulLogin();
    assertFalse(u.canSignIn(), "a correct password does not release a locked account");
    u.release();
    assertTrue(u.canSignIn());
  }

  @Test
  void failures_spread_over_more_than_fifteen_minutes_do_not_lock() {
    StaffUser u = user();
    Instant t = Instant.parse("2026-11-23T10:00:00Z");
    for (int i = 0; i < 4; i++) {
      u.recordFailedLogin(t.plusSeconds(60L * i));
    }
    assertFalse(u.recordFailedLogin(t.plus(Duration.ofMinutes(16))));
    assertTrue(u.canSignIn());
  }

  @Test
  void a_session_ends_twelve_hours_after_sign_in_however_active() {
    long login = Instant.parse("2026-11-23T08:00:00Z").toEpochMilli();
    SignedInStaff staff = new SignedInStaff("casey", Role.COORDINATOR, login);
    assertFalse(staff.mustSignInAgain(login + Duration.ofHours(11).plusMinutes(59).toMillis()));
    assertTrue(staff.mustSignInAgain(login + Duration.ofHours(12).toMillis()));
  }

  @Test
  void a_clerk_needs_a_court_and_user_names_are_checked() {
    assertThrows(InvalidInputException.class, () -> new StaffUser(program, "clerk2", "C", Role.CLERK, null, "h"));
    assertThrows(InvalidInputException.class, () -> new StaffUser(program, "Bad Name", "C", Role.ADMIN, null, "h"));
  }

  @Test
  void passwords_are_hashed_with_a_salt_and_verified() {
    String a = PasswordHasher.hash("a long enough passphrase");
    String b = PasswordHasher.hash("a long enough passphrase");
    assertNotEquals(a, b);
    assertTrue(PasswordHasher.matches("a long enough passphrase", a));
    assertFalse(PasswordHasher.matches("a long enough passphrasE", a));
    assertFalse(PasswordHasher.matches("anything", "not-a-hash"));
  }

  @Test
  void the_password_policy_wants_fifteen_characters_allows_long_ones_and_refuses_common_ones() {
    assertTrue(PasswordPolicy.problemWith("short-pass", "casey").isPresent());
    assertTrue(PasswordPolicy.problemWith("passwordpassword", "casey").isPresent());
    assertTrue(PasswordPolicy.problemWith("1qaz2wsx3edc4rfv", "casey").isPresent());
    assertTrue(PasswordPolicy.problemWith("casey-is-my-name-here", "casey").isPresent());
    assertTrue(PasswordPolicy.problemWith("x".repeat(129), "casey").isPresent());
    assertTrue(PasswordPolicy.problemWith("tram lantern orchard violet", "casey").isEmpty());
    assertTrue(PasswordPolicy.problemWith("y".repeat(64) + " and more words", "casey").isEmpty());
    assertTrue(PasswordPolicy.problemWith("alllowercasenoDigits", "casey").isEmpty(), "no composition rules");
  }
}
