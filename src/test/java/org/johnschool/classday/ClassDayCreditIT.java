package org.johnschool.classday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.Collection;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.ClassSessions;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.johnschool.support.ProgramSettings;
import org.johnschool.support.ServerClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 21, defect 1, as it was found: a participant checked in at 01:23 for a 09:00–17:00 class was shown "Present,
 * 14 of 14 modules" at once, and once the post-test and the fee were in the case completed, certificate and court
 * letter, hours before the class began. Now the clock walks through the day: modules count as they end, nothing
 * completes before the session has ended, and closing the roster (by the facilitator, or by the application an hour
 * after the end) gives those still there their departure at the end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassDayCreditIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private final Api facilitator() {
    return Api.as(base, DemoUser.FACILITATOR);
  }

  private long seated(long session) {
    long referral = ClassSessions.eligibleCase(base);
    var r = Api.as(base, DemoUser.COORDINATOR).post("api/v1/referrals/" + referral + "/enrollment", "{\"sessionId\":" + session + "}");
    assertEquals(201, r.status(), r.toString());
    return referral;
  }

  private JsonObject line(long session, long referral) {
    var roster = facilitator().get("api/v1/sessions/" + session + "/attendance");
    assertEquals(200, roster.status(), roster.toString());
    return roster.json().getJsonArray("participants").stream().map(JsonValue::asJsonObject)
        .filter(p -> p.getJsonNumber("referralId").longValue() == referral).findFirst().orElseThrow();
  }

  private static long count(Collection<JsonValue> values, JsonValue which) {
    return values.stream().filter(which::equals).count();
  }

  /** JSON-B leaves a null field out. */
  private static boolean absent(JsonObject o, String field) {
    return !o.containsKey(field) || o.isNull(field);
  }

  private JsonObject completion(long referral) {
    var r = Api.as(base, DemoUser.COORDINATOR).get("api/v1/referrals/" + referral + "/completion");
    assertEquals(200, r.status(), r.toString());
    return r.json();
  }

  @Test
  void a_check_in_at_night_credits_nothing_and_the_case_completes_only_after_the_class_has_happened() {
    LocalDate day = ServerClock.today(base).plusDays(3);
    long session = ClassSessions.create(base, day, "en", 5);
    long referral = seated(session);
    // The program completes a case by itself (no coordinator's confirmation): still never before the class is over.
    try (var automatic = ProgramSettings.with(base, java.util.Map.of("completionReview", JsonValue.FALSE));
        var clock = ServerClock.at(base, day.atTime(1, 23))) {
      var checkIn = facilitator().put("api/v1/sessions/" + session + "/attendance/" + referral, "{\"idVerified\":true,\"arrived\":\"01:23\"}");
      assertEquals(200, checkIn.status(), checkIn.toString());
      assertEquals("PRESENT", checkIn.json().getString("status"));
      Collection<JsonValue> modules = checkIn.json().getJsonObject("modules").values();
      assertEquals(modules.size(), count(modules, JsonValue.NULL), "every module is still to come: " + checkIn.body());

      var noFuture = facilitator().put("api/v1/sessions/" + session + "/attendance/" + referral,
          "{\"idVerified\":true,\"arrived\":\"01:23\",\"departed\":\"17:00\"}");
      assertEquals(400, noFuture.status(), "a departure later than now is not taken: " + noFuture.body());
      assertTrue(noFuture.body().contains("\"field\":\"departed\""), noFuture.body());

      var test = facilitator().post("api/v1/referrals/" + referral + "/class-day/tests",
          "{\"kind\":\"POST\",\"sessionId\":" + session + ",\"answers\":{\"law-completion\":\"b\",\"law-minors\":\"a\"}}");
      assertEquals(201, test.status(), test.toString());
      var paid = Api.as(base, DemoUser.COORDINATOR).post("api/v1/referrals/" + referral + "/payments", "{\"amount\":\"1000.00\",\"method\":\"CASH\"}");
      assertEquals(201, paid.status(), paid.toString());
      JsonObject before = completion(referral);
      assertEquals("ENROLLED", before.getString("status"), "nothing completes before the class: " + before);
      assertFalse(before.getJsonObject("trace").getJsonArray("checks").getJsonObject(0).getBoolean("met"));
      assertTrue(absent(before, "certificate"));

      clock.then(base, day.atTime(12, 0));
      Collection<JsonValue> noon = line(session, referral).getJsonObject("modules").values();
      assertTrue(count(noon, JsonValue.TRUE) > 0 && count(noon, JsonValue.NULL) > 0, "the morning's modules count, the afternoon's are to come: " + noon);
      assertEquals(0, count(noon, JsonValue.FALSE), "nothing missed: " + noon);
      assertEquals(409, facilitator().post("api/v1/sessions/" + session + "/attendance/closing", "").status(), "not before the end");
      assertEquals("ENROLLED", completion(referral).getString("status"));

      clock.then(base, day.atTime(17, 20));
      var closed = facilitator().post("api/v1/sessions/" + session + "/attendance/closing", "");
      assertEquals(200, closed.status(), closed.toString());
      assertFalse(closed.json().getBoolean("automatic"));
      assertEquals("facilitator", closed.json().getString("closedBy"));
      JsonObject after = line(session, referral);
      assertEquals("17:00:00", after.getString("departed"), "still there at closing: left at the end");
      Collection<JsonValue> all = after.getJsonObject("modules").values();
      assertEquals(all.size(), count(all, JsonValue.TRUE), after.toString());
      JsonObject done = completion(referral);
      assertEquals("COMPLETED", done.getString("status"), done.toString());
      assertEquals(day.toString(), done.getString("completedOn"));

      assertEquals(409, facilitator().post("api/v1/sessions/" + session + "/attendance/closing", "").status(), "closed once");
      assertEquals(409, facilitator().put("api/v1/sessions/" + session + "/attendance/" + referral,
          "{\"status\":\"ABSENT\"}").status(), "a closed roster is corrected by a coordinator, not the facilitator");
    }
  }

  @Test
  void a_roster_nobody_closed_is_closed_an_hour_after_the_session_ends() {
    LocalDate day = ServerClock.today(base).plusDays(4);
    long session = ClassSessions.create(base, day, "en", 5);
    long referral = seated(session);
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    try (var clock = ServerClock.at(base, day.atTime(9, 2))) {
      assertEquals(200, facilitator().put("api/v1/sessions/" + session + "/attendance/" + referral,
          "{\"idVerified\":true,\"arrived\":\"09:02\"}").status());

      clock.then(base, day.atTime(17, 58));
      assertEquals(200, coordinator.post("api/v1/sessions/roster-closings", "").status());
      var open = facilitator().get("api/v1/sessions/" + session + "/attendance").json();
      assertTrue(absent(open, "closedAt"), "not an hour after the end yet: " + open);
      assertTrue(absent(line(session, referral), "departed"));

      clock.then(base, day.atTime(18, 1));
      var run = coordinator.post("api/v1/sessions/roster-closings", "");
      assertEquals(200, run.status(), run.toString());
      assertTrue(run.json().getInt("closed") >= 1, run.body());
      var closed = facilitator().get("api/v1/sessions/" + session + "/attendance").json();
      assertFalse(absent(closed, "closedAt"), closed.toString());
      assertTrue(closed.getBoolean("automatic"));
      assertEquals("17:00:00", line(session, referral).getString("departed"));

      var corrected = coordinator.put("api/v1/sessions/" + session + "/attendance/" + referral,
          "{\"idVerified\":true,\"arrived\":\"09:02\",\"departed\":\"15:30\",\"remarks\":\"Left for work; told us the next day.\"}");
      assertEquals(200, corrected.status(), "a coordinator corrects a closed roster: " + corrected.body());
      assertEquals("LEFT_EARLY", corrected.json().getString("status"));
      assertEquals("15:30:00", corrected.json().getString("departed"));
    }
  }
}
