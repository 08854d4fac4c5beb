package org.johnschool.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.ServerClock;
import org.johnschool.support.ClassSessions;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.johnschool.support.Referrals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A coordinator enrolls eligible cases in class sessions: never more than the seats, also when many
 * requests arrive at once; a full session offers its waitlist, and a freed seat goes to the first waiting;
 * moves are limited; ineligible or unknown cases are refused with a clear answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnrollmentIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private Api coordinator() {
    return Api.as(base, DemoUser.COORDINATOR);
  }

  private Api.Reply enroll(long referralId, long sessionId, String query) {
    return coordinator().post("api/v1/referrals/" + referralId + "/enrollment" + query, "{\"sessionId\":" + sessionId + "}");
  }

  private String statusOf(long referralId) {
    return coordinator().get("api/v1/referrals/" + referralId).json().getString("status");
  }

  private int seatsLeft(long sessionId) {
    return coordinator().get("api/v1/sessions/" + sessionId).json().getJsonObject("session").getInt("seatsLeft");
  }

  @Test
  void fifty_requests_at_once_for_ten_seats_give_exactly_ten_enrollments() throws Exception {
    long session = ClassSessions.create(base, ServerClock.today(base).plusDays(20), "en", 10);
    List<Long> cases = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      cases.add(ClassSessions.eligibleCase(base));
    }

    ExecutorService pool = Executors.newFixedThreadPool(50);
    List<Future<Integer>> answers = new ArrayList<>();
    for (long c : cases) {
      answers.add(pool.submit((Callable<Integer>) () -> enroll(c, session, "").status()));
    }
    int enrolled = 0;
    int full = 0;
    for (Future<Integer> a : answers) {
      int status = a.get();
      if (status == 201) {
        enrolled++;
      } else if (status == 409) {
        full++;
      }
    }
    pool.shutdown();

    assertEquals(10, enrolled);
    assertEquals(40, full);
    assertEquals(0, seatsLeft(session));
    JsonObject roster = coordinator().get("api/v1/sessions/" + session + "/roster").json();
    assertEquals(10, roster.getJsonArray("enrolled").size());
    long enrolledCases = cases.stream().filter(c -> statusOf(c).equals("ENROLLED")).count();
    assertEquals(10, enrolledCases);
  }

  @Test
  void a_full_session_offers_its_waitlist_and_a_cancelled_seat_goes_to_the_first_waiting() {
    long session = ClassSessions.create(base, ServerClock.today(base).plusDays(21), "en", 1);
    long first = ClassSessions.eligibleCase(base);
    long second = ClassSessions.eligibleCase(base);
    long third = ClassSessions.eligibleCase(base);
    assertEquals(201, enroll(first, session, "").status());

    var full = enroll(second, session, "");
    assertEquals(409, full.status(), full.toString());
    assertTrue(full.json().getBoolean("waitlistAvailable"));
    assertTrue(full.json().getString("waitlist").endsWith("/api/v1/referrals/" + second + "/enrollment?waitlist=true"));
    var waiting = enroll(second, session, "?waitlist=true");
    assertEquals(201, waiting.status(), waiting.toString());
    assertEquals("WAITLISTED", waiting.json().getString("status"));
    assertEquals(201, enroll(third, session, "?waitlist=true").status());
    assertEquals("ELIGIBLE", statusOf(second));

    var cancelled = coordinator().delete("api/v1/referrals/" + first + "/enrollment?reason=Moved+out+of+state");
    assertEquals(204, cancelled.status(), cancelled.toString());

    assertEquals("ELIGIBLE", statusOf(first));
    assertEquals("ENROLLED", statusOf(second), "the first on the waitlist takes the seat");
    assertEquals("ELIGIBLE", statusOf(third));
    JsonObject roster = coordinator().get("api/v1/sessions/" + session + "/roster").json();
    assertEquals(second, roster.getJsonArray("enrolled").getJsonObject(0).getJsonNumber("referralId").longValue());
    assertEquals(third, roster.getJsonArray("waitlist").getJsonObject(0).getJsonNumber("referralId").longValue());
  }

  @Test
  void a_case_is_moved_once_and_the_second_move_is_refused() {
    long a = ClassSessions.create(base, ServerClock.today(base).plusDays(22), "en", 5);
    long b = ClassSessions.create(base, ServerClock.today(base).plusDays(23), "en", 5);
    long c = ClassSessions.create(base, ServerClock.today(base).plusDays(24), "en", 5);
    long referral = ClassSessions.eligibleCase(base);
    assertEquals(201, enroll(referral, a, "").status());

    var moved = coordinator().post("api/v1/referrals/" + referral + "/enrollment/reschedule",
        "{\"sessionId\":" + b + ",\"reason\":\"Work shift\"}");
    assertEquals(200, moved.status(), moved.toString());
    assertEquals(1, moved.json().getInt("rescheduleCount"));
    assertEquals(5, seatsLeft(a));
    assertEquals(4, seatsLeft(b));

    var again = coordinator().post("api/v1/referrals/" + referral + "/enrollment/reschedule",
        "{\"sessionId\":" + c + ",\"reason\":\"Another shift\"}");
    assertEquals(409, again.status(), again.toString());
    assertTrue(again.json().getString("message").contains("allows 1"), again.toString());
    assertEquals(4, seatsLeft(b));
    assertEquals(5, seatsLeft(c));

    JsonArray history = (JsonArray) coordinator().get("api/v1/referrals/" + referral + "/enrollment").structure();
    assertEquals("ENROLLED", history.getJsonObject(0).getString("status"));
    assertEquals("MOVED", history.getJsonObject(1).getString("status"));
    assertEquals("Work shift", history.getJsonObject(1).getString("reason"));
  }

  @Test
  void an_admin_sets_the_reschedule_limit_and_bad_values_are_refused() {
    Api admin = Api.as(base, DemoUser.ADMIN);
    JsonObject before = admin.get("api/v1/program").json();
    assertEquals(1, before.getInt("rescheduleLimit"));
    var bad = admin.put("api/v1/program", "{\"name\":\"" + before.getString("name") + "\",\"rescheduleLimit\":11}");
    assertEquals(400, bad.status(), bad.toString());
    assertEquals(403, coordinator().put("api/v1/program", "{\"name\":\"X\",\"rescheduleLimit\":3}").status());

    long a = ClassSessions.create(base, ServerClock.today(base).plusDays(28), "en", 5);
    long b = ClassSessions.create(base, ServerClock.today(base).plusDays(29), "en", 5);
    long referral = ClassSessions.eligibleCase(base);
    assertEquals(201, enroll(referral, a, "").status());
    try {
      assertEquals(200, admin.put("api/v1/program", "{\"name\":\"" + before.getString("name") + "\",\"address\":\""
          + before.getString("address") + "\",\"rescheduleLimit\":0}").status());
      var refused = coordinator().post("api/v1/referrals/" + referral + "/enrollment/reschedule", "{\"sessionId\":" + b + ",\"reason\":\"Shift\"}");
      assertEquals(409, refused.status(), refused.toString());
      assertTrue(refused.json().getString("message").contains("allows 0"));
    } finally {
      admin.put("api/v1/program", "{\"name\":\"" + before.getString("name") + "\",\"address\":\"" + before.getString("address")
          + "\",\"rescheduleLimit\":1}");
    }
  }

  @Test
  void an_ineligible_or_unknown_case_is_refused_with_a_clear_answer() {
    long session = ClassSessions.create(base, ServerClock.today(base).plusDays(25), "en", 5);
    var ineligible = Api.as(base, DemoUser.CLERK_SF).post("api/v1/referrals", Referrals.json("SF-SUP", Referrals.uniqueCaseNumber(),
        "Trafficked", "236.1"));
    long id = ineligible.json().getJsonNumber("id").longValue();

    var refused = enroll(id, session, "");
    assertEquals(409, refused.status(), refused.toString());
    assertTrue(refused.json().getString("message").contains("Only an eligible case can be enrolled (this case is INELIGIBLE)"));
    assertEquals(404, enroll(987654321L, session, "").status());
    assertEquals(5, seatsLeft(session));
  }

  @Test
  void a_session_in_another_language_needs_the_coordinators_confirmation() {
    long session = ClassSessions.create(base, ServerClock.today(base).plusDays(26), "es", 5);
    long referral = ClassSessions.eligibleCase(base);

    var warned = enroll(referral, session, "");
    assertEquals(422, warned.status(), warned.toString());
    assertEquals("LANGUAGE_DIFFERS", warned.json().getJsonArray("warnings").getString(0));
    assertEquals(5, seatsLeft(session));

    var confirmed = coordinator().post("api/v1/referrals/" + referral + "/enrollment",
        "{\"sessionId\":" + session + ",\"confirmWarnings\":true}");
    assertEquals(201, confirmed.status(), confirmed.toString());
  }

  @Test
  void cancelling_a_session_ends_its_enrollments_and_the_cases_wait_for_another() {
    long session = ClassSessions.create(base, ServerClock.today(base).plusDays(27), "en", 5);
    long referral = ClassSessions.eligibleCase(base);
    assertEquals(201, enroll(referral, session, "").status());

    var noReason = coordinator().post("api/v1/sessions/" + session + "/cancellation", "{}");
    assertEquals(400, noReason.status(), noReason.toString());
    assertEquals("ENROLLED", statusOf(referral));

    var cancelled = coordinator().post("api/v1/sessions/" + session + "/cancellation", "{\"reason\":\"Venue flooded\"}");
    assertEquals(200, cancelled.status(), cancelled.toString());
    assertEquals("CANCELLED", cancelled.json().getJsonObject("session").getString("status"));
    assertEquals("ELIGIBLE", statusOf(referral));
    assertEquals(409, enroll(ClassSessions.eligibleCase(base), session, "").status());
  }

  @Test
  void sessions_are_validated_field_by_field_and_only_planners_create_them() {
    var bad = coordinator().post("api/v1/sessions", "{\"date\":\"2027-13-01\",\"start\":\"9am\",\"end\":\"17:00\",\"language\":\"en\",\"capacity\":10}");
    assertEquals(400, bad.status(), bad.toString());
    String errors = bad.json().getJsonArray("errors").toString();
    assertTrue(errors.contains("\"field\":\"date\"") && errors.contains("\"field\":\"start\""), errors);

    var tooMany = coordinator().post("api/v1/sessions", ClassSessions.json(ServerClock.today(base).plusDays(30), "en", 5000));
    assertEquals(400, tooMany.status());
    assertTrue(tooMany.json().getJsonArray("errors").toString().contains("capacity"));

    assertEquals(403, Api.as(base, DemoUser.CLERK_SF).post("api/v1/sessions", ClassSessions.json(ServerClock.today(base).plusDays(30), "en", 5)).status());
    assertEquals(403, Api.as(base, DemoUser.EVALUATOR).get("api/v1/sessions").status());
    assertEquals(200, Api.as(base, DemoUser.FACILITATOR).get("api/v1/sessions").status());
  }

  @Test
  void a_second_venue_of_the_same_name_is_refused_naming_the_field_and_the_first_stays_as_it_was() {
    String name = "Hall " + System.nanoTime();
    var first = coordinator().post("api/v1/venues", "{\"name\":\"" + name + "\",\"address\":\"1 Main St\",\"capacity\":30}");
    assertEquals(201, first.status(), first.toString());
    var again = coordinator().post("api/v1/venues", "{\"name\":\" " + name + "\",\"address\":\"9 Other St\",\"capacity\":5}");
    assertEquals(400, again.status(), again.toString());
    assertTrue(again.body().contains("\"field\":\"name\"") && again.body().contains("already"), again.body());
    var other = coordinator().post("api/v1/venues", "{\"name\":\"Other " + name + "\",\"address\":\"9 Other St\",\"capacity\":5}");
    var renamed = coordinator().put("api/v1/venues/" + other.json().getJsonNumber("id").longValue(),
        "{\"name\":\"" + name + "\",\"address\":\"9 Other St\",\"capacity\":5,\"active\":true}");
    assertEquals(400, renamed.status(), renamed.toString());
    assertTrue(coordinator().get("api/v1/venues").body().contains("1 Main St"));
  }

  @Test
  void a_retired_venue_takes_no_new_session_and_a_presenter_can_be_changed() {
    var created = coordinator().post("api/v1/venues", "{\"name\":\"Annex " + System.nanoTime() + "\",\"address\":\"2 Side St\",\"capacity\":20}");
    assertEquals(201, created.status(), created.toString());
    long venue = created.json().getJsonNumber("id").longValue();
    String name = created.json().getString("name");
    var retired = coordinator().put("api/v1/venues/" + venue, "{\"name\":\"" + name + "\",\"address\":\"2 Side St\",\"capacity\":20,\"active\":false}");
    assertEquals(200, retired.status(), retired.toString());
    var refused = coordinator().post("api/v1/sessions", "{\"date\":\"" + ServerClock.today(base).plusDays(40) + "\",\"start\":\"09:00\",\"end\":\"17:00\","
        + "\"language\":\"en\",\"capacity\":10,\"venueId\":" + venue + "}");
    assertEquals(400, refused.status(), refused.toString());
    assertTrue(refused.json().getJsonArray("errors").toString().contains("venueId"));

    var p = coordinator().post("api/v1/presenters", "{\"name\":\"Guest Speaker\",\"role\":\"COMMUNITY_MEMBER\",\"languages\":[\"en\"]}");
    long presenter = p.json().getJsonNumber("id").longValue();
    var changed = coordinator().put("api/v1/presenters/" + presenter,
        "{\"name\":\"Guest Speaker\",\"role\":\"COUNSELOR\",\"languages\":[\"en\",\"es\"],\"active\":true}");
    assertEquals(200, changed.status(), changed.toString());
    assertEquals("COUNSELOR", changed.json().getString("role"));
    assertEquals(400, coordinator().put("api/v1/presenters/" + presenter, "{\"name\":\"\",\"role\":\"COUNSELOR\",\"languages\":[\"x1\"]}").status());
  }

  @Test
  void a_series_makes_one_session_every_second_week() {
    LocalDate first = ServerClock.today(base).plusDays(35);
    var reply = coordinator().post("api/v1/sessions/series", """
        {"date":"%s","start":"09:00","end":"17:00","language":"en","capacity":30,"everyWeeks":2,"until":"%s"}
        """.formatted(first, first.plusWeeks(10)));
    assertEquals(201, reply.status(), reply.toString());
    assertEquals(6, reply.json().getJsonArray("ids").size());
    JsonArray listed = (JsonArray) coordinator().get("api/v1/sessions?from=" + first + "&to=" + first.plusWeeks(10)).structure();
    assertTrue(listed.stream().map(v -> v.asJsonObject().getString("date")).toList().contains(first.plusWeeks(4).toString()));
  }
}
