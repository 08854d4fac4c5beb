package org.johnschool.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.Api.Reply;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.johnschool.support.Parallel;
import org.johnschool.support.Referrals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts: password rules at creation, lockout after five failures, release by an admin. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  static final String PASSWORD = "granite orchard lantern nine";

  String newCoordinator() {
    return newAccount("COORDINATOR", null);
  }

  String newAccount(String role, String court) {
    String username = "lock." + UUID.randomUUID().toString().substring(0, 8);
    Reply created = Api.as(base, DemoUser.ADMIN).post("api/v1/users", "{\"username\":\"" + username + "\",\"displayName\":\"Lock Test\","
        + "\"role\":\"" + role + "\"," + (court == null ? "" : "\"court\":\"" + court + "\",") + "\"password\":\"" + PASSWORD + "\"}");
    assertEquals(201, created.status(), created.toString());
    return username;
  }

  JsonObject account(String username) {
    return Api.as(base, DemoUser.ADMIN).get("api/v1/users").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(u -> u.getString("username").equals(username)).findFirst().orElseThrow();
  }

  long failedSignIns(String username) {
    return Api.as(base, DemoUser.ADMIN).get("api/v1/audit/events?type=LOGIN&outcome=FAILURE&size=1&user=" + username).json()
        .getJsonNumber("total").longValue();
  }

  @Test
  void twenty_wrong_passwords_at_once_are_all_refused_all_logged_and_lock_the_account() {
    String username = newCoordinator();

    List<Integer> answers = Parallel.run(20, i -> Api.as(base, username, "wrong password number " + i).get("api/v1/referrals?size=1").status());

    assertEquals(Collections.nCopies(20, 401), answers, "every guess refused, none a server error");
    assertEquals(20, failedSignIns(username), "every guess in the security log");
    assertTrue(account(username).getBoolean("locked"), "more than five failures within 15 minutes lock the account");
    assertEquals(401, Api.as(base, username, PASSWORD).get("api/v1/referrals?size=1").status());
  }

  @Test
  void after_one_wrong_password_twenty_referrals_sent_at_once_by_the_clerk_are_all_stored() {
    String clerk = newAccount("CLERK", "SF-SUP");
    assertEquals(401, Api.as(base, clerk, "not the password at all").get("api/v1/referrals?size=1").status());

    List<Reply> answers = Parallel.run(20, i -> Api.as(base, clerk, PASSWORD).post("api/v1/referrals", Referrals.eligible("SF-SUP")));

    assertTrue(answers.stream().allMatch(r -> r.status() == 201), answers.stream().map(Reply::status).toList().toString());
    assertEquals(false, account(clerk).getBoolean("locked"));
  }

  @Test
  void five_failed_sign_ins_lock_the_account_until_an_admin_releases_it() {
    String username = newCoordinator();
    assertEquals(200, Api.as(base, username, PASSWORD).get("api/v1/referrals?size=1").status());

    for (int i = 0; i < 5; i++) {
      assertEquals(401, Api.as(base, username, "wrong password number " + i).get("api/v1/referrals?size=1").status());
    }
    Reply locked = Api.as(base, username, PASSWORD).get("api/v1/referrals?size=1");
    assertEquals(401, locked.status(), "a locked account refuses even the right password");

    Reply released = Api.as(base, DemoUser.ADMIN).post("api/v1/users/" + username + "/release", "");
    assertEquals(200, released.status(), released.toString());
    assertEquals(200, Api.as(base, username, PASSWORD).get("api/v1/referrals?size=1").status());
  }

  @Test
  void short_or_common_passwords_are_refused_when_an_account_is_created() {
    Api admin = Api.as(base, DemoUser.ADMIN);
    Reply tooShort = admin.post("api/v1/users",
        "{\"username\":\"short.pw\",\"displayName\":\"S\",\"role\":\"EVALUATOR\",\"password\":\"tiny-pass\"}");
    assertEquals(400, tooShort.status(), tooShort.toString());
    assertEquals("password", tooShort.json().getJsonArray("errors").getJsonObject(0).getString("field"));

    Reply common = admin.post("api/v1/users",
        "{\"username\":\"common.pw\",\"displayName\":\"C\",\"role\":\"EVALUATOR\",\"password\":\"passwordpassword\"}");
    assertEquals(400, common.status(), common.toString());
  }

  @Test
  void a_clerk_account_needs_a_court_and_only_admins_manage_accounts() {
    Reply noCourt = Api.as(base, DemoUser.ADMIN).post("api/v1/users",
        "{\"username\":\"clerk.nocourt\",\"displayName\":\"N\",\"role\":\"CLERK\",\"password\":\"" + PASSWORD + "\"}");
    assertEquals(400, noCourt.status(), noCourt.toString());
    assertEquals(403, Api.as(base, DemoUser.COORDINATOR).get("api/v1/users").status());
  }
}
