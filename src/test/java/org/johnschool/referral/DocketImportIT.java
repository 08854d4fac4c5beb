package org.johnschool.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.Api.Reply;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.johnschool.support.Referrals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A clerk uploads the court's docket file: all rows are stored, or none and every bad row is named. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocketImportIT {

  static final String HEADER = "court,court_case_number,tracking_number,arrest_date,arresting_agency,referral_date,deadline,"
      + "first_name,last_name,date_of_birth,sex,charges,registered_sex_offender\n";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  static String row(String court, String caseNumber, String lastName, String dob, String charges, String registered) {
    LocalDate today = LocalDate.now(); // days of margin either side: the row does not hang on the hour
    return String.join(",", court, caseNumber, "T-1", today.minusDays(20).toString(), "SFPD", today.minusDays(3).toString(),
        today.plusDays(60).toString(), "Sam", lastName, dob, "M", charges, registered) + "\n";
  }

  long total(Api api) {
    return api.get("api/v1/referrals?size=1").json().getJsonNumber("total").longValue();
  }

  @Test
  void a_good_file_is_stored_whole_and_screened() {
    Api clerk = Api.as(base, DemoUser.CLERK_SF);
    long before = total(clerk);
    String csv = "\uFEFF" + HEADER
        + row("SF-SUP", Referrals.uniqueCaseNumber(), "Alpha", "1975-05-05", "647(b)|Solicitation", "")
        + row("SF-SUP", Referrals.uniqueCaseNumber(), "Bravo", "1982-06-06", "\"647(b)|Solicitation;236.1|Human trafficking\"", "no")
        + row("sf-sup", Referrals.uniqueCaseNumber(), "Charlie", "1990-07-07", "647(b)|Solicitation", "yes");

    Reply reply = clerk.postCsv("api/v1/referrals/import", csv);

    assertEquals(200, reply.status(), reply.toString());
    assertEquals(3, reply.json().getInt("imported"));
    assertEquals(1, reply.json().getInt("eligible"));
    assertEquals(2, reply.json().getInt("ineligible"));
    assertEquals(before + 3, total(clerk));
  }

  @Test
  void imported_referrals_are_audited_under_the_importing_clerk_and_visible_in_full() {
    Api clerk = Api.as(base, DemoUser.CLERK_SF);
    String caseNumber = Referrals.uniqueCaseNumber();
    Reply reply = clerk.postCsv("api/v1/referrals/import", HEADER + row("SF-SUP", caseNumber, "Audited", "1966-06-06", "647(b)|Solicitation", ""));
    assertEquals(200, reply.status(), reply.toString());

    JsonObject imported = clerk.get("api/v1/referrals?court=SF-SUP&size=200").json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject).filter(r -> r.getString("courtCaseNumber").equals(caseNumber)).findFirst().orElseThrow();
    assertEquals("ELIGIBLE", imported.getString("status"));
    assertEquals("Audited", imported.getJsonObject("person").getString("lastName"));
    assertEquals("clerk", imported.getString("referredBy"));
    assertEquals(1, imported.getJsonArray("charges").size());

    Reply history = Api.as(base, DemoUser.ADMIN).get("api/v1/referrals/" + imported.getJsonNumber("id").longValue() + "/history");
    assertEquals(200, history.status(), history.toString());
    List<JsonObject> entries = history.structure().asJsonArray().stream().map(JsonValue::asJsonObject).toList();
    assertTrue(entries.stream().anyMatch(e -> e.getString("record").equals("referral") && e.getString("kind").equals("ADD")
        && e.getString("who").equals("clerk")), entries.toString());
    assertTrue(entries.stream().anyMatch(e -> e.getString("record").equals("person") && e.getString("kind").equals("ADD")), entries.toString());
  }

  @Test
  void a_file_with_one_bad_row_stores_nothing_and_names_every_problem() {
    Api clerk = Api.as(base, DemoUser.CLERK_SF);
    long before = total(clerk);
    String duplicate = Referrals.uniqueCaseNumber();
    String csv = HEADER
        + row("SF-SUP", duplicate, "Good", "1975-05-05", "647(b)|Solicitation", "")
        + row("SF-SUP", Referrals.uniqueCaseNumber(), "Bad", "1975-02-30", "647(b)|Solicitation", "")
        + row("SF-SUP", duplicate, "Again", "1975-05-05", "647(b)|Solicitation", "")
        + row("ALA-SUP", Referrals.uniqueCaseNumber(), "Elsewhere", "1975-05-05", "647(b)|Solicitation", "maybe")
        + row("ALA-SUP", Referrals.uniqueCaseNumber(), "=HYPERLINK(\"\"x\"\")", "1975-05-05", "647(b)|Solicitation", "");

    Reply reply = clerk.postCsv("api/v1/referrals/import", csv);

    assertEquals(400, reply.status(), reply.toString());
    List<JsonObject> errors = reply.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject).toList();
    assertTrue(has(errors, 3, "date_of_birth"), errors.toString());
    assertTrue(has(errors, 4, "court_case_number"), errors.toString());
    assertTrue(has(errors, 5, "registered_sex_offender"), errors.toString());
    assertTrue(has(errors, 6, "last_name"), errors.toString());
    assertEquals(before, total(clerk), "nothing of the file may be stored");
  }

  @Test
  void a_clerk_cannot_import_for_another_court() {
    Api clerk = Api.as(base, DemoUser.CLERK_SF);
    long before = total(Api.as(base, DemoUser.COORDINATOR));
    Reply reply = clerk.postCsv("api/v1/referrals/import", HEADER + row("ALA-SUP", Referrals.uniqueCaseNumber(), "Other", "1975-05-05", "647(b)|S", ""));
    assertEquals(400, reply.status(), reply.toString());
    assertTrue(has(reply.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject).toList(), 2, "court"));
    assertEquals(before, total(Api.as(base, DemoUser.COORDINATOR)));
  }

  @Test
  void a_missing_column_or_a_broken_file_is_refused_clearly() {
    Api clerk = Api.as(base, DemoUser.CLERK_SF);
    Reply missing = clerk.postCsv("api/v1/referrals/import", "court,court_case_number\nSF-SUP,1\n");
    assertEquals(400, missing.status(), missing.toString());
    assertTrue(missing.body().contains("date_of_birth"), missing.body());

    Reply unclosedQuote = clerk.postCsv("api/v1/referrals/import",
        HEADER + row("SF-SUP", Referrals.uniqueCaseNumber(), "Quote", "1975-05-05", "\"647(b)|S", ""));
    assertEquals(400, unclosedQuote.status(), unclosedQuote.toString());
  }

  @Test
  void a_file_that_is_not_utf8_is_refused() {
    Api clerk = Api.as(base, DemoUser.CLERK_SF);
    String latin1 = HEADER + row("SF-SUP", Referrals.uniqueCaseNumber(), "Mu\u00f1oz", "1975-05-05", "647(b)|S", "");
    Reply reply = clerk.postBytes("api/v1/referrals/import", latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertEquals(400, reply.status(), reply.toString());
    assertTrue(reply.body().contains("UTF-8"), reply.body());
  }

  private static boolean has(List<JsonObject> errors, int row, String column) {
    return errors.stream().anyMatch(e -> e.getInt("row") == row && e.getString("column").equals(column));
  }

  @Test
  void a_malformed_charges_cell_says_what_is_wrong_with_it_and_a_typed_prefix_screens_like_the_form() {
    Api clerk = Api.as(base, DemoUser.CLERK_SF);
    String csv = HEADER
        + row("SF-SUP", Referrals.uniqueCaseNumber(), "Nodesc", "1975-05-05", "647(b)", "")
        + row("SF-SUP", Referrals.uniqueCaseNumber(), "Nocode", "1975-05-05", "|Solicitation", "")
        + row("SF-SUP", Referrals.uniqueCaseNumber(), "Empty", "1975-05-05", "", "");
    Reply reply = clerk.postCsv("api/v1/referrals/import", csv);
    assertEquals(400, reply.status(), reply.toString());
    List<String> messages = reply.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
        .map(e -> e.getInt("row") + " " + e.getString("column") + " " + e.getString("message")).toList();
    assertTrue(messages.contains("2 charges Charge 1 (\"647(b)\") has no description: write each charge as statute code|description, "
        + "e.g. 647(b)|Solicitation;653.22|Loitering (charges separated by ;)."), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.startsWith("3 charges Charge 1 (\"|Solicitation\") has no statute code")), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.startsWith("4 charges List at least one charge")), messages.toString());
    assertTrue(messages.stream().noneMatch(m -> m.contains("This field is required")), messages.toString());

    Reply prefixed = clerk.postCsv("api/v1/referrals/import",
        HEADER + row("SF-SUP", Referrals.uniqueCaseNumber(), "Prefixed", "1975-05-05", "PC 647(b)|Solicitation", ""));
    assertEquals(200, prefixed.status(), prefixed.toString());
    assertEquals(1, prefixed.json().getInt("eligible"));
  }
}
