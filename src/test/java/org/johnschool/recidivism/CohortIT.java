package org.johnschool.recidivism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.recidivism.domain.AgeBand;
import org.johnschool.recidivism.domain.LogRank;
import org.johnschool.recidivism.domain.Observation;
import org.johnschool.support.Api;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An evaluator measures whether the program works: past participants and an ineligible comparison group come in
 * from the old spreadsheets, re-arrests are imported and linked, and the cohort report gives rates per window,
 * survival curves and the log-rank test — with small groups suppressed and no identity in sight.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CohortIT {

  static final String HISTORY = "court,court_case_number,first_name,last_name,date_of_birth,sex,state_id,fbi_number,referral_date,outcome,"
      + "exit_date,disposition,disposition_date\n";
  static final String ARRESTS = "source_record_id,first_name,last_name,date_of_birth,sex,state_id,fbi_number,arrest_date,agency,statute,"
      + "description,offense_category\n";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  /** A made-up surname of letters only, unique to this run. */
  private static String surname(Random random) {
    StringBuilder s = new StringBuilder("Q");
    for (int i = 0; i < 9; i++) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }

  @Test
  void an_evaluator_compares_completers_with_the_ineligible_and_sees_no_identity_or_small_cell() {
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    Api evaluator = Api.as(base, DemoUser.EVALUATOR);
    Random random = new Random();
    String run = Long.toString(Math.abs(random.nextLong()), 36).toUpperCase();
    // A month of index events no other test uses. Every birth date below is at least ten years before the earliest
    // referral the month can give (December 1989), which intake requires.
    LocalDate month = LocalDate.of(1990 + random.nextInt(20), 1 + random.nextInt(12), 1);
    StringBuilder history = new StringBuilder(HISTORY);
    StringBuilder arrests = new StringBuilder(ARRESTS);
    List<String> names = new ArrayList<>();
    List<Observation> completers = new ArrayList<>();
    List<Observation> ineligible = new ArrayList<>();
    List<int[]> completerEvents = new ArrayList<>(); // {index offset, days to sex-buying re-arrest or -1}
    for (int i = 0; i < 24; i++) {
      String last = surname(random);
      names.add(last);
      LocalDate exit = month.plusDays(i);
      history.append(String.join(",", "SF-SUP", "H" + run + "C" + i, "Carl", last, "1960-05-0" + (1 + i % 9), "M", run + "C" + i, "",
          exit.minusDays(40).toString(), i % 2 == 0 ? "completed" : "COMPLETED", exit.toString(), i % 3 == 0 ? "dismissed" : "",
          i % 3 == 0 ? exit.plusDays(10).toString() : "")).append('\n');
      if (i < 6) {
        arrests.append(String.join(",", run + "A" + i, "Carl", last, "1960-05-0" + (1 + i % 9), "M", run + "C" + i, "",
            exit.plusDays(100 + 60L * i).toString(), "SFPD", "647(b)", "Solicitation", "SEX_BUYING")).append('\n');
        completerEvents.add(new int[] {i, 100 + 60 * i});
      } else if (i < 8) {
        arrests.append(String.join(",", run + "A" + i, "Carl", last, "1960-05-0" + (1 + i % 9), "M", run + "C" + i, "",
            exit.plusDays(50).toString(), "SFPD", "245(a)", "Assault", "VIOLENT")).append('\n');
        completerEvents.add(new int[] {i, -1});
      } else {
        completerEvents.add(new int[] {i, -1});
      }
    }
    for (int i = 0; i < 20; i++) {
      String last = surname(random);
      names.add(last);
      LocalDate referred = month.plusDays(i);
      history.append(String.join(",", "SF-SUP", "H" + run + "I" + i, "Ivan", last, "1970-01-1" + (i % 9), "M", run + "I" + i, "",
          referred.toString(), "ineligible", "", "convicted", referred.plusDays(30).toString())).append('\n');
      if (i < 8) {
        arrests.append(String.join(",", run + "B" + i, "Ivan", last, "1970-01-1" + (i % 9), "M", run + "I" + i, "",
            referred.plusDays(30L * (i + 1)).toString(), "SFPD", "647(b)", "Solicitation", "SEX_BUYING")).append('\n');
      }
    }
    for (int i = 0; i < 5; i++) {
      history.append(String.join(",", "SF-SUP", "H" + run + "F" + i, "Fred", surname(random), "1975-02-02", "M", "", "",
          month.minusDays(30).toString(), "failed", month.plusDays(i).toString(), "", "")).append('\n');
    }

    // A file with one bad row stores nothing; the good file goes in whole; the same file again is refused.
    var bad = coordinator.postCsv("api/v1/historical-cases/import", history + "SF-SUP,H" + run + "X,Al,Bad,1960-01-01,M,,,2010-01-01,graduated,,,\n");
    assertEquals(400, bad.status(), bad.toString());
    assertTrue(bad.body().contains("\"column\":\"outcome\""), bad.body());
    var imported = coordinator.postCsv("api/v1/historical-cases/import", history.toString());
    assertEquals(200, imported.status(), imported.toString());
    assertEquals(49, imported.json().getInt("imported"));
    // The old cases are recorded like any other: added by the importing coordinator, with where the import came from.
    Api admin = Api.as(base, DemoUser.ADMIN);
    long failed = caseId(admin, "RETURNED_TO_COURT", "H" + run + "F0");
    List<JsonObject> audit = admin.get("api/v1/referrals/" + failed + "/history").structure()
        .asJsonArray().stream().map(jakarta.json.JsonValue::asJsonObject).toList();
    assertTrue(audit.stream().anyMatch(e -> e.getString("record").equals("referral") && e.getString("kind").equals("ADD")
        && e.getString("who").equals("coordinator") && !e.getString("from", "").isBlank()), audit.toString());
    var twice = coordinator.postCsv("api/v1/historical-cases/import", history.toString());
    assertEquals(400, twice.status());
    assertTrue(twice.body().contains("already in the system"), twice.body());
    assertEquals(403, evaluator.postCsv("api/v1/historical-cases/import", history.toString()).status());

    assertEquals(200, coordinator.postCsv("api/v1/arrest-records/import", arrests.toString()).status());
    assertEquals(200, coordinator.post("api/v1/linkage/runs", "{}").status());

    String definition = "{\"indexFrom\":\"" + month + "\",\"indexTo\":\"" + month.plusDays(27) + "\",\"courts\":[\"SF-SUP\"],"
        + "\"outcomeGroups\":[\"COMPLETED\"],\"offenseCategory\":\"SEX_BUYING\",\"comparisonGroups\":[\"INELIGIBLE\"]}";
    var report = coordinator.post("api/v1/cohorts/report", definition);
    assertEquals(200, report.status(), report.toString());
    JsonObject r = report.json();
    LocalDate until = LocalDate.parse(r.getString("observedUntil"));
    assertEquals(24, r.getJsonArray("groups").getJsonObject(0).getInt("size"));
    assertEquals(20, r.getJsonArray("groups").getJsonObject(1).getInt("size"));
    int[][] expected = {{6, 2}, {12, 5}, {24, 6}, {36, 6}}; // re-arrests on days 100, 160, 220, 280, 340, 400
    for (int w = 0; w < 4; w++) {
      JsonObject rate = r.getJsonArray("rates").getJsonObject(w);
      assertEquals(expected[w][0], rate.getInt("months"));
      assertEquals(24, rate.getInt("eligible"));
      assertEquals(expected[w][1], rate.getInt("events"), rate.toString());
      assertTrue(rate.getJsonNumber("lower").doubleValue() < rate.getJsonNumber("rate").doubleValue());
    }
    assertEquals(6, r.getJsonArray("comparisonRates").getJsonObject(0).getInt("events"), "30 to 180 days");
    assertEquals(8, r.getJsonArray("comparisonRates").getJsonObject(1).getInt("events"));

    JsonObject first = r.getJsonArray("survival").getJsonObject(0);
    assertEquals("cohort", first.getString("group"));
    assertEquals(100, first.getInt("day"));
    assertEquals(24, first.getInt("atRisk"));
    assertEquals(1, first.getInt("events"));
    assertEquals(23.0 / 24, first.getJsonNumber("survival").doubleValue(), 1e-12);
    int cohortEvents = r.getJsonArray("survival").stream().map(v -> v.asJsonObject())
        .filter(s -> s.getString("group").equals("cohort")).mapToInt(s -> s.getInt("events")).sum();
    assertEquals(6, cohortEvents, "violent re-arrests do not count as sex buying");

    for (int[] e : completerEvents) {
      LocalDate exit = month.plusDays(e[0]);
      completers.add(e[1] >= 0 ? new Observation(e[1], true) : new Observation((int) ChronoUnit.DAYS.between(exit, until), false));
    }
    for (int i = 0; i < 20; i++) {
      LocalDate referred = month.plusDays(i);
      ineligible.add(i < 8 ? new Observation(30 * (i + 1), true) : new Observation((int) ChronoUnit.DAYS.between(referred, until), false));
    }
    LogRank lr = LogRank.test(completers, ineligible);
    assertEquals(lr.chiSquare(), r.getJsonObject("logRank").getJsonNumber("chiSquare").doubleValue(), 1e-9);
    assertEquals(1, r.getJsonObject("logRank").getInt("df"));
    assertEquals(lr.p(), r.getJsonObject("logRank").getJsonNumber("p").doubleValue(), 1e-9);

    // The evaluator: the same numbers for groups of ten or more, no identity anywhere, small groups suppressed.
    var seen = evaluator.post("api/v1/cohorts/report", definition);
    assertEquals(200, seen.status(), seen.toString());
    assertEquals(10, seen.json().getInt("minimumCellSize"));
    assertEquals(2, seen.json().getJsonArray("rates").getJsonObject(0).getInt("events"));
    assertTrue(seen.json().getJsonArray("survival").stream().allMatch(v -> v.asJsonObject().getInt("atRisk") >= 10),
        "curves stop before fewer than ten remain at risk");
    for (String name : names) {
      assertFalse(seen.body().contains(name), "no name in what an evaluator sees");
    }
    assertFalse(seen.body().contains(run + "C"), "no identifier in what an evaluator sees");

    // Issue 21: the figures as CSV come from the API too, the same as the page's download.
    var csv = evaluator.post("api/v1/cohorts/report.csv", definition);
    assertEquals(200, csv.status(), csv.toString());
    String[] lines = csv.body().split("\n");
    assertEquals("table,group,months_or_day,eligible_or_at_risk,events,censored,rate_or_survival,lower,upper,suppressed", lines[0]);
    assertTrue(lines[1].startsWith("rate,cohort,6,24,2,,"), lines[1]);
    assertTrue(csv.body().contains("\nlogrank,"), csv.body());
    assertEquals(403, Api.as(base, DemoUser.CLERK_SF).post("api/v1/cohorts/report.csv", definition).status());

    var small = evaluator.post("api/v1/cohorts/report", "{\"indexFrom\":\"" + month + "\",\"indexTo\":\"" + month.plusDays(27)
        + "\",\"outcomeGroups\":[\"FAILED\"]}");
    assertEquals(200, small.status(), small.toString());
    JsonObject group = small.json().getJsonArray("groups").getJsonObject(0);
    assertTrue(group.getBoolean("suppressed"), "five people are fewer than ten");
    assertFalse(group.containsKey("size"));
    assertTrue(small.json().getJsonArray("rates").stream().allMatch(v -> v.asJsonObject().getBoolean("suppressed")
        && !v.asJsonObject().containsKey("events")));
    assertTrue(small.json().getJsonArray("survival").isEmpty());
    var unsuppressed = coordinator.post("api/v1/cohorts/report", "{\"indexFrom\":\"" + month + "\",\"indexTo\":\"" + month.plusDays(27)
        + "\",\"outcomeGroups\":[\"FAILED\"]}");
    assertEquals(5, unsuppressed.json().getJsonArray("groups").getJsonObject(0).getInt("size"), "staff see the small group");

    // Age bands: a completer counts in the band of his age on his exit day.
    AgeBand firstBand = AgeBand.at(LocalDate.parse("1960-05-01"), month);
    long inFirstBand = IntStream.range(0, 24)
        .filter(i -> AgeBand.at(LocalDate.parse("1960-05-0" + (1 + i % 9)), month.plusDays(i)) == firstBand).count();
    for (AgeBand band : List.of(firstBand, AgeBand.AGE_55_PLUS)) {
      var byAge = coordinator.post("api/v1/cohorts/report", definition.replace("\"courts\"", "\"ageBands\":[\"" + band.name() + "\"],\"courts\""));
      assertEquals(200, byAge.status(), byAge.toString());
      assertEquals(band == firstBand ? inFirstBand : 0, byAge.json().getJsonArray("groups").getJsonObject(0).getInt("size"), band.label());
    }

    var wrong = evaluator.post("api/v1/cohorts/report", "{\"indexFrom\":\"2020-13-01\",\"outcomeGroups\":[\"GRADUATED\"],"
        + "\"offenseCategory\":\"THEFT\",\"ageBands\":[\"12-15\"]}");
    assertEquals(400, wrong.status());
    for (String field : List.of("indexFrom", "indexTo", "outcomeGroups", "offenseCategory", "ageBands")) {
      assertTrue(wrong.body().contains("\"field\":\"" + field + "\""), field + " in " + wrong.body());
    }
    assertEquals(403, Api.as(base, DemoUser.CLERK_SF).post("api/v1/cohorts/report", definition).status());
    assertNotNull(r.getJsonObject("definition"));
  }

  @Test
  void an_evaluator_saves_a_cohort_re_runs_it_and_exports_it_without_identities() {
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    Api evaluator = Api.as(base, DemoUser.EVALUATOR);
    Random random = new Random();
    String run = Long.toString(Math.abs(random.nextLong()), 36).toUpperCase();
    LocalDate month = LocalDate.of(1970 + random.nextInt(19), 1 + random.nextInt(12), 1);
    StringBuilder history = new StringBuilder(HISTORY);
    StringBuilder arrests = new StringBuilder(ARRESTS);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String last = surname(random);
      names.add(last);
      history.append(String.join(",", "SF-SUP", "E" + run + i, "Earl", last, "1950-03-03", "M", run + "S" + i, "FBI" + run + i,
          month.minusDays(20).toString(), i < 10 ? "completed" : "declined", i < 10 ? month.plusDays(i).toString() : "", "", "")).append('\n');
      if (i % 4 == 0) {
        arrests.append(String.join(",", run + "R" + i, "Earl", last, "1950-03-03", "M", run + "S" + i, "", month.plusDays(200).toString(),
            "SFPD", "647(b)", "Solicitation", i == 0 ? "VIOLENT" : "SEX_BUYING")).append('\n');
      }
    }
    assertEquals(200, coordinator.postCsv("api/v1/historical-cases/import", history.toString()).status());
    assertEquals(200, coordinator.postCsv("api/v1/arrest-records/import", arrests.toString()).status());
    assertEquals(200, coordinator.post("api/v1/linkage/runs", "{}").status());
    String definition = "{\"indexFrom\":\"" + month.minusDays(30) + "\",\"indexTo\":\"" + month.plusDays(27)
        + "\",\"outcomeGroups\":[\"COMPLETED\"],\"comparisonGroups\":[\"DECLINED\"]}";

    var saved = evaluator.post("api/v1/cohorts", "{\"name\":\"Completers " + run + "\",\"definition\":" + definition + "}");
    assertEquals(201, saved.status(), saved.toString());
    long id = saved.json().getJsonNumber("id").longValue();
    assertEquals(409, evaluator.post("api/v1/cohorts", "{\"name\":\"completers " + run + "\",\"definition\":" + definition + "}").status(),
        "names are unique regardless of case");
    assertEquals(400, evaluator.post("api/v1/cohorts", "{\"name\":\"\",\"definition\":" + definition + "}").status());
    assertTrue(evaluator.get("api/v1/cohorts").body().contains("Completers " + run));
    var rerun = evaluator.get("api/v1/cohorts/" + id + "/report");
    assertEquals(200, rerun.status(), rerun.toString());
    assertEquals(10, rerun.json().getJsonArray("groups").getJsonObject(0).getInt("size"));
    assertTrue(rerun.json().getJsonArray("groups").getJsonObject(1).getBoolean("suppressed"), "two declined are fewer than ten");

    var export = evaluator.post("api/v1/cohorts/export", definition);
    assertEquals(200, export.status(), export.toString());
    String[] lines = export.body().split("\n");
    List<String> header = List.of(lines[0].split(","));
    assertEquals(List.of("pid", "court", "outcome_group", "historical", "age_band", "index_date", "follow_up_days"), header.subList(0, 7));
    assertEquals(13, lines.length, "a header and one row per case");
    for (String name : names) {
      assertFalse(export.body().contains(name), "no name in the export");
    }
    assertFalse(export.body().contains(run), "no identifier in the export");
    assertFalse(export.body().contains("1950-03-03"), "no date of birth in the export");
    long sexBuying = java.util.Arrays.stream(lines).skip(1).filter(l -> l.split(",", -1)[header.indexOf("rearrest_sex_buying")].equals("1")).count();
    long any = java.util.Arrays.stream(lines).skip(1).filter(l -> l.split(",", -1)[header.indexOf("rearrest_any")].equals("1")).count();
    assertEquals(2, sexBuying, "records 4 and 8 of the completers");
    assertEquals(3, any, "plus the violent re-arrest of record 0");
    assertTrue(java.util.Arrays.stream(lines).skip(1).allMatch(l -> l.split(",")[0].matches("[0-9a-f]{16}")));
    var again = evaluator.post("api/v1/cohorts/export", definition);
    assertEquals(lines[1].split(",")[0], again.body().split("\n")[1].split(",")[0], "the same person keeps the same pid");

    String dictionary = evaluator.get("api/v1/cohorts/export/dictionary").body();
    for (String column : header) {
      assertTrue(dictionary.contains("\n" + column + ","), column + " is described in the data dictionary");
    }
    assertEquals(403, Api.as(base, DemoUser.CLERK_SF).post("api/v1/cohorts/export", definition).status());
  }

  @Test
  void a_historical_file_may_leave_out_its_optional_columns() {
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    String run = Long.toString(System.nanoTime(), 36).toUpperCase();
    var lean = coordinator.postCsv("api/v1/historical-cases/import",
        "Court,court_case_number,first_name,last_name,date_of_birth,sex,referral_date,outcome,exit_date\r\n"
            + "SF-SUP,HL" + run + ",Lena,Oldfile,1971-03-04,F,2015-02-01,completed,2015-03-01\r\n"
            + "SF-SUP,HM" + run + ",Mo,Oldfile,1972-03-04,M,2015-02-01,ineligible,\r\n");
    assertEquals(200, lean.status(), lean.toString());
    assertEquals(2, lean.json().getInt("imported"));

    var lacking = coordinator.postCsv("api/v1/historical-cases/import", "court,court_case_number\nSF-SUP,HN" + run + "\n");
    assertEquals(400, lacking.status());
    assertFalse(lacking.body().contains("disposition"), "an optional column is never asked for: " + lacking.body());
  }

  /** The id of the SF-SUP case with this number and status, paging through the newest-first list. */
  private static long caseId(Api api, String status, String caseNumber) {
    for (int page = 0; ; page++) {
      JsonObject list = api.get("api/v1/referrals?court=SF-SUP&status=" + status + "&size=200&page=" + page).json();
      var found = list.getJsonArray("items").stream().map(jakarta.json.JsonValue::asJsonObject)
          .filter(c -> c.getString("courtCaseNumber").equals(caseNumber)).findFirst();
      if (found.isPresent()) {
        return found.get().getJsonNumber("id").longValue();
      }
      assertTrue((page + 1) * 200L < list.getJsonNumber("total").longValue(), caseNumber + " is not in the list");
    }
  }
}
