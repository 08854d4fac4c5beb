package org.johnschool.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
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
 * People are told: an enrollment notice in their own language, a reminder a week before (once, however
 * often reminders run), and every session is a calendar file. Demo mode keeps notices in the outbox.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoticeIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private JsonArray noticesOf(long referralId) {
    return (JsonArray) Api.as(base, DemoUser.COORDINATOR).get("api/v1/notices?referralId=" + referralId).structure();
  }

  private long count(JsonArray notices, String kind) {
    return notices.stream().map(JsonValue::asJsonObject).filter(n -> n.getString("kind").equals(kind)).count();
  }

  @Test
  void a_spanish_speaker_is_told_of_the_enrollment_in_spanish_and_nothing_leaves_the_demo() {
    LocalDate date = ServerClock.today(base).plusDays(50);
    long session = ClassSessions.create(base, date, "es", 10);
    String body = Referrals.json("SF-SUP", Referrals.uniqueCaseNumber(), Referrals.uniqueLastName(), "647(b)")
        .replace("\"preferredLanguage\":\"en\"", "\"preferredLanguage\":\"es\"");
    long referral = Api.as(base, DemoUser.CLERK_SF).post("api/v1/referrals", body).json().getJsonNumber("id").longValue();

    var enrolled = Api.as(base, DemoUser.COORDINATOR).post("api/v1/referrals/" + referral + "/enrollment", "{\"sessionId\":" + session + "}");
    assertEquals(201, enrolled.status(), enrolled.toString());

    JsonObject notice = noticesOf(referral).getJsonObject(0);
    assertEquals("ENROLLED", notice.getString("kind"));
    assertEquals("es", notice.getString("language"));
    String spanishDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.forLanguageTag("es")).format(date);
    assertEquals("Su clase del " + spanishDate, notice.getString("subject"));
    assertTrue(notice.getString("body").contains("Demo County Hall of Justice"));
    assertEquals("OUTBOX_ONLY", notice.getString("delivery"));
  }

  @Test
  void a_reminder_goes_out_a_week_before_and_only_once() {
    long session = ClassSessions.create(base, ServerClock.today(base).plusDays(7), "en", 10);
    long referral = ClassSessions.eligibleCase(base);
    assertEquals(201, Api.as(base, DemoUser.COORDINATOR).post("api/v1/referrals/" + referral + "/enrollment",
        "{\"sessionId\":" + session + "}").status());

    var first = Api.as(base, DemoUser.COORDINATOR).postEmpty("api/v1/sessions/reminders");
    assertEquals(200, first.status(), first.toString());
    assertTrue(first.json().getInt("written") >= 1);
    assertEquals(1, count(noticesOf(referral), "REMINDER_7_DAYS"));

    Api.as(base, DemoUser.COORDINATOR).postEmpty("api/v1/sessions/reminders");
    assertEquals(1, count(noticesOf(referral), "REMINDER_7_DAYS"), "written once");
  }

  @Test
  void a_session_is_a_calendar_file() {
    long session = ClassSessions.create(base, ServerClock.today(base).plusDays(52), "en", 10);
    var ics = Api.as(base, DemoUser.FACILITATOR).get("api/v1/sessions/" + session + "/calendar.ics", "text/calendar");
    assertEquals(200, ics.status(), ics.toString());
    assertTrue(ics.body().startsWith("BEGIN:VCALENDAR\r\n"), ics.body());
    assertTrue(ics.body().contains("UID:session-" + session + "@"));
    assertTrue(ics.body().contains("LOCATION:Demo County Hall of Justice\\, 850 Bryant Street"));
    assertTrue(ics.body().contains("STATUS:CONFIRMED"));
  }

  @Test
  void only_admins_read_the_whole_outbox() {
    assertEquals(200, Api.as(base, DemoUser.ADMIN).get("api/v1/notices").status());
    assertEquals(403, Api.as(base, DemoUser.COORDINATOR).get("api/v1/notices").status());
    assertEquals(403, Api.as(base, DemoUser.CLERK_SF).get("api/v1/notices?referralId=1").status());
  }
}
