package org.johnschool.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.ClassSessions;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.johnschool.support.Referrals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application's one clock and the program's time zone (issue 21): in test mode an admin puts the clock on a
 * class day and attendance opens; "today" is the program's, not the server's; every test puts the clock back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationClockIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void an_admin_reads_and_moves_the_clock_others_may_not_and_a_bad_time_is_named() {
    Api admin = Api.as(base, DemoUser.ADMIN);
    try {
      var now = admin.get("api/v1/test/clock");
      assertEquals(200, now.status(), now.body());
      assertFalse(now.json().getBoolean("moved"), now.body());
      assertEquals(401, Api.anonymous(base).get("api/v1/test/clock").status());
      assertEquals(403, Api.as(base, DemoUser.COORDINATOR).put("api/v1/test/clock", "{\"now\":\"2030-01-01T09:00:00Z\"}").status());

      var bad = admin.put("api/v1/test/clock", "{\"now\":\"next Tuesday\"}");
      assertEquals(400, bad.status(), bad.body());
      assertTrue(bad.body().contains("\"field\":\"now\""), bad.body());

      var moved = admin.put("api/v1/test/clock", "{\"now\":\"2030-01-01T09:00:00-08:00\"}");
      assertEquals(200, moved.status(), moved.body());
      Instant at = Instant.parse(moved.json().getString("now"));
      assertTrue(!at.isBefore(Instant.parse("2030-01-01T17:00:00Z")) && at.isBefore(Instant.parse("2030-01-01T17:01:00Z")), moved.body());
      assertTrue(moved.json().getBoolean("moved"));
    } finally {
      assertEquals(200, admin.delete("api/v1/test/clock").status());
    }
    assertFalse(admin.get("api/v1/test/clock").json().getBoolean("moved"), "back to the system's time");
  }

  @Test
  void attendance_opens_when_the_clock_reaches_the_class_day() {
    LocalDate classDay = LocalDate.now().plusDays(3);
    long session = ClassSessions.create(base, classDay, "en", 10);
    long referral = ClassSessions.eligibleCase(base);
    assertEquals(201, Api.as(base, DemoUser.COORDINATOR).post("api/v1/referrals/" + referral + "/enrollment", "{\"sessionId\":" + session + "}").status());
    Api facilitator = Api.as(base, DemoUser.FACILITATOR);
    String checkIn = "{\"idVerified\":true,\"arrived\":\"09:05\"}";
    var before = facilitator.put("api/v1/sessions/" + session + "/attendance/" + referral, checkIn);
    assertEquals(409, before.status(), "not before the class day: " + before.body());

    Api admin = Api.as(base, DemoUser.ADMIN);
    ZoneId programZone = ZoneId.of(admin.get("api/v1/program").json().getString("timeZone"));
    try {
      String nineThirty = classDay.atTime(9, 30).atZone(programZone).toOffsetDateTime().toString();
      assertEquals(200, admin.put("api/v1/test/clock", "{\"now\":\"" + nineThirty + "\"}").status());
      var onTheDay = facilitator.put("api/v1/sessions/" + session + "/attendance/" + referral, checkIn);
      assertEquals(200, onTheDay.status(), onTheDay.body());
    } finally {
      admin.delete("api/v1/test/clock");
    }
  }

  @Test
  void today_is_the_programs_a_referral_dated_today_in_its_zone_is_not_in_the_future() {
    Api admin = Api.as(base, DemoUser.ADMIN);
    var program = admin.get("api/v1/program").json();
    // 11:00 UTC: already the next day on Kiritimati (UTC+14), still the same day in California (UTC−8).
    LocalDate utcDay = LocalDate.now().plusDays(30);
    LocalDate kiritimatiDay = utcDay.plusDays(1);
    String body = Referrals.json("SF-SUP", Referrals.uniqueCaseNumber(), Referrals.uniqueLastName(), "647(b)")
        .replaceAll("\"arrestDate\":\"[0-9-]+\"", "\"arrestDate\":\"" + kiritimatiDay + "\"")
        .replaceAll("\"referralDate\":\"[0-9-]+\"", "\"referralDate\":\"" + kiritimatiDay + "\"");
    Api clerk = Api.as(base, DemoUser.CLERK_SF);
    try {
      assertEquals(200, admin.put("api/v1/program", settings(program, "America/Los_Angeles")).status());
      assertEquals(200, admin.put("api/v1/test/clock", "{\"now\":\"" + utcDay + "T11:00:00Z\"}").status());
      var inCalifornia = clerk.post("api/v1/referrals", body);
      assertEquals(400, inCalifornia.status(), "in California that day is tomorrow: " + inCalifornia.body());
      assertTrue(inCalifornia.body().contains("arrestDate"), inCalifornia.body());

      assertEquals(400, admin.put("api/v1/program", settings(program, "Mars/Olympus_Mons")).status(), "an unknown zone is refused");
      assertEquals(200, admin.put("api/v1/program", settings(program, "Pacific/Kiritimati")).status());
      assertEquals("Pacific/Kiritimati", admin.get("api/v1/program").json().getString("timeZone"));
      var onKiritimati = clerk.post("api/v1/referrals", body.replaceAll("\"courtCaseNumber\":\"[^\"]+\"", "\"courtCaseNumber\":\"" + Referrals.uniqueCaseNumber() + "\""));
      assertEquals(201, onKiritimati.status(), "where the program is, that day is today: " + onKiritimati.body());
    } finally {
      admin.put("api/v1/program", settings(program, program.getString("timeZone")));
      admin.delete("api/v1/test/clock");
    }
  }

  @Test
  void twenty_saves_of_the_program_settings_at_once_each_get_an_answer_and_none_fails() throws Exception {
    Api admin = Api.as(base, DemoUser.ADMIN);
    var program = admin.get("api/v1/program").json();
    // Each save changes the row (two zones taken in turn): saves that change nothing would never collide.
    String[] bodies = {settings(program, "America/Chicago"), settings(program, "America/Denver")};
    var pool = java.util.concurrent.Executors.newFixedThreadPool(20);
    try {
      var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
      for (int i = 0; i < 20; i++) {
        String body = bodies[i % 2];
        answers.add(pool.submit(() -> admin.put("api/v1/program", body).status()));
      }
      java.util.List<Integer> statuses = new java.util.ArrayList<>();
      for (var a : answers) {
        statuses.add(a.get());
      }
      assertTrue(statuses.stream().allMatch(st -> st == 200 || st == 409), "2xx or 409, never 500: " + statuses);
    } finally {
      pool.shutdown();
      admin.put("api/v1/program", settings(program, program.getString("timeZone")));
    }
    assertEquals(program.getString("timeZone"), admin.get("api/v1/program").json().getString("timeZone"));
  }

  private static String settings(jakarta.json.JsonObject program, String zone) {
    return "{\"name\":\"" + program.getString("name") + "\",\"address\":" + (program.isNull("address") ? "null" : "\"" + program.getString("address") + "\"")
        + ",\"rescheduleLimit\":" + program.getInt("rescheduleLimit") + ",\"attendanceGraceMinutes\":" + program.getInt("attendanceGraceMinutes")
        + ",\"timeZone\":\"" + zone + "\"}";
  }
}
