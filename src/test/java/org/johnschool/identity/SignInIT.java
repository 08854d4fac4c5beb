package org.johnschool.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
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
    String username = "lock." + UUID.randomUUID().toString().substring(0, 8);
    Reply created = Api.as(base, DemoUser.ADMIN).post("api/v1/users",
        "{\"username\":\"" + username + "\",\"displayName\":\"Lock Test\",\"role\":\"COORDINATOR\",\"password\":\"" + PASSWORD + "\"}");
    assertEquals(201, created.status(), created.toString());
    return username;
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
