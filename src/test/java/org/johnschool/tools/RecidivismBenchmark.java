package org.johnschool.tools;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Benchmark of issue 6. Generates synthetic data by SQL, deterministically: PERSONS persons with one referral each
 * (default 1,000,000; PARTICIPANTS of them, default 100,000, in the demo program and the rest in nine other programs),
 * over 20 years, with outcomes (55% completed, 10% failed, 20% ineligible, 15% still open); and RECORDS arrest records
 * (default 5,000,000) in the demo program: re-arrests of 30% of its persons at realistic delays, a fifth of them
 * written with an error (day and month swapped, two letters of the last name transposed, the first name in capitals),
 * and the rest other people drawn from the same name lists (80 first names, about 12,800 surnames: real files are
 * more varied still, so chance agreements here are if anything more frequent). Then times, through the API: a linkage run (PARTICIPANTS
 * persons against RECORDS records) and the cohort report with Kaplan–Meier curves over the program's full data (11
 * calls, the first a warm-up), beside plain SQL counts over the same rows. Run by bin/benchmark-recidivism.
 */
public final class RecidivismBenchmark {

  static final String[] FIRST = {"James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
      "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian",
      "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen",
      "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Alexander", "Frank", "Patrick", "Raymond", "Jack", "Dennis",
      "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Nathan", "Henry", "Douglas", "Zachary", "Peter", "Kyle", "Luis", "Carlos", "Juan",
      "Miguel", "Jorge", "Francisco", "Wei", "Minh", "Hiroshi", "Sanjay", "Ahmed", "Omar", "Dmitri", "Ivan", "Tariq", "Kwame", "Ricardo",
      "Alejandro", "Eduardo", "Fernando"};
  static final String[] START = {"Ander", "Bak", "Car", "Dal", "Ell", "Fitz", "Gar", "Har", "Ing", "Jan", "Kel", "Lind", "Mar", "Nor",
      "Ol", "Pet", "Quin", "Ros", "Sand", "Tor", "Van", "Wal", "Yor", "Zim", "Mc", "Bran", "Chris", "Dun", "Ev", "Gal", "Hol", "Kow", "Mont",
      "Nak", "Ort", "Ram", "Sil", "Tan", "Val", "Whit"};
  static final String[] MIDDLE = {"", "a", "en", "is", "or", "ul", "ev", "am"};
  static final String[] END = {"son", "sen", "er", "ez", "ski", "man", "berg", "ton", "ley", "ford", "well", "ini", "ara", "ova", "ing",
      "wood", "stein", "ura", "ama", "ell", "ard", "ers", "ick", "ano", "ero", "ich", "aki", "oni", "by", "ham", "lund", "ow", "ine", "as",
      "es", "is", "o", "a", "i", "y"};

  private RecidivismBenchmark() {}

  /** About 12,800 made-up surnames: a start, a middle and an end syllable (shared with VolumeData). */
  static Set<String> surnames() {
    Set<String> surnames = new LinkedHashSet<>();
    for (String s : START) {
      for (String m : MIDDLE) {
        for (String e : END) {
          surnames.add(s + m + e);
        }
      }
    }
    return surnames;
  }

  public static void main(String[] args) throws Exception {
    String base = (args.length > 0 ? args[0] : "http://localhost:8080/").replaceAll("/?$", "");
    String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:54329/jsm";
    int persons = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
    int records = args.length > 3 ? Integer.parseInt(args[3]) : 5_000_000;
    int participants = args.length > 4 ? Integer.parseInt(args[4]) : 100_000;
    // HTTP/1.1: a long request over an upgraded HTTP/2 connection is cut by the server's idle GOAWAY.
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String coordinator = "Basic " + Base64.getEncoder().encodeToString("coordinator:amber-meadow-compass-42".getBytes(StandardCharsets.UTF_8));
    String evaluator = "Basic " + Base64.getEncoder().encodeToString("evaluator:quiet-number-garden-42".getBytes(StandardCharsets.UTF_8));

    Set<String> surnames = surnames();
    long programId;
    try (Connection c = DriverManager.getConnection(jdbc, "jsm", "jsm"); Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      try (ResultSet rs = s.executeQuery("select p.id from program p join court c on c.program_id = p.id where c.code = 'SF-SUP'")) {
        rs.next();
        programId = rs.getLong(1);
      }
      Array first = c.createArrayOf("varchar", FIRST);
      Array last = c.createArrayOf("varchar", surnames.toArray());
      long t = System.nanoTime();
      // Nine more programs (with a court each) hold the persons beyond the participants of the demo program.
      s.execute("insert into program (id, code, name, version, created_at, modified_at) select 100000 + g, 'BENCH-' || g, 'Benchmark program ' || g, "
          + "0, now(), now() from generate_series(1, 9) g on conflict do nothing");
      s.execute("insert into court (id, program_id, code, name, version, created_at, modified_at) select 100000 + g, 100000 + g, 'BENCH-C' || g, "
          + "'Benchmark court ' || g, 0, now(), now() from generate_series(1, 9) g on conflict do nothing");
      long personBase;
      try (ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1000 from person")) {
        rs.next();
        personBase = rs.getLong(1);
      }
      try (PreparedStatement ps = c.prepareStatement("""
          insert into person (id, program_id, pseudonym, first_name, last_name, date_of_birth, sex, state_id, preferred_language, version,
              created_at, modified_at)
          select ? + g, case when g <= ? then ? else 100000 + 1 + g % 9 end, md5('person' || g)::uuid,
                 (?::varchar[])[1 + (g * 2654435761) % cardinality(?::varchar[])],
                 (?::varchar[])[1 + (g * 40503 + g / 7) % cardinality(?::varchar[])],
                 date '1950-01-01' + ((g * 7919) % 18000)::int, 'M', case when g % 2 = 0 then 'S' || g end, 'en', 0, now(), now()
          from generate_series(1::bigint, ?) g
          """)) {
        ps.setLong(1, personBase);
        ps.setInt(2, participants);
        ps.setLong(3, programId);
        ps.setArray(4, first);
        ps.setArray(5, first);
        ps.setArray(6, last);
        ps.setArray(7, last);
        ps.setInt(8, persons);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("""
          insert into referral (id, program_id, court_id, person_id, court_case_number, arrest_date, arresting_agency, referral_date, deadline,
              status, screening_result, completed_on, failed_on, failure_reason, version, created_at, modified_at)
          select p.id, p.program_id, case when p.program_id = ? then (select min(id) from court where program_id = ?) else p.program_id end,
                 p.id, 'BENCH-' || g, x.referred - 10, 'Benchmark PD', x.referred, x.referred + 90,
                 case when g % 20 <= 10 then 'COMPLETED' when g % 20 <= 12 then 'RETURNED_TO_COURT' when g % 20 <= 16 then 'INELIGIBLE' else 'ELIGIBLE' end,
                 case when g % 20 between 13 and 16 then 'INELIGIBLE' else 'ELIGIBLE' end,
                 case when g % 20 <= 10 then x.referred + 45 end,
                 case when g % 20 in (11, 12) then x.referred + 90 end,
                 case when g % 20 in (11, 12) then 'Deadline passed (benchmark)' end, 0, now(), now()
          from generate_series(1::bigint, ?) g
          join person p on p.id = ? + g
          cross join lateral (select least(date '2006-01-01' + ((g * 104729) % 7300)::int, current_date - 100) as referred) x
          """)) {
        ps.setLong(1, programId);
        ps.setLong(2, programId);
        ps.setInt(3, persons);
        ps.setLong(4, personBase);
        ps.executeUpdate();
      }
      s.execute("select setval('person_seq', (select max(id) from person) + 100)");
      s.execute("select setval('referral_seq', (select max(id) from referral) + 100)");
      System.out.printf("Persons and referrals: %,d written in %.0f s%n", persons, (System.nanoTime() - t) / 1e9);

      t = System.nanoTime();
      s.execute("insert into arrest_import (id, program_id, imported_by, imported_at, row_count, inserted) "
          + "values (nextval('arrest_import_seq'), " + programId + ", 'benchmark', now(), " + records + ", " + records + ")");
      int rearrests = Math.min(records, participants * 3 / 10);
      try (PreparedStatement ps = c.prepareStatement("""
          insert into arrest_record (id, program_id, source_record_id, first_name, last_name, date_of_birth, sex, state_id, fbi_number,
              arrest_date, agency, statute, description, offense_category, import_id, created_at, updated_at)
          select nextval('arrest_record_seq'), ?, 'RE-' || g,
                 case when g % 10 = 3 then upper(p.first_name) else p.first_name end,
                 case when g % 10 = 2 and length(p.last_name) > 3
                      then left(p.last_name, 1) || substr(p.last_name, 3, 1) || substr(p.last_name, 2, 1) || substr(p.last_name, 4)
                      else p.last_name end,
                 case when g % 10 = 1 and extract(day from p.date_of_birth) <= 12
                      then make_date(extract(year from p.date_of_birth)::int, extract(day from p.date_of_birth)::int, extract(month from p.date_of_birth)::int)
                      else p.date_of_birth end,
                 'M', case when g % 10 >= 7 then p.state_id end, null,
                 least(r.referral_date + 20 + ((g * 7907) % 2500)::int, current_date - 1), 'Benchmark PD',
                 case when g % 5 < 3 then '647(b)' else '245(a)' end, 'Benchmark re-arrest',
                 (array['SEX_BUYING', 'SEX_BUYING', 'SEX_BUYING', 'OTHER_SEX_OFFENSE', 'VIOLENT', 'OTHER', 'OTHER'])[1 + g % 7],
                 (select max(id) from arrest_import), now(), now()
          from generate_series(1::bigint, ?) g
          join person p on p.id = ? + 1 + (g * 7) % ?
          join referral r on r.person_id = p.id
          """)) {
        ps.setLong(1, programId);
        ps.setInt(2, rearrests);
        ps.setLong(3, personBase);
        ps.setInt(4, participants);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("""
          insert into arrest_record (id, program_id, source_record_id, first_name, last_name, date_of_birth, sex, state_id, fbi_number,
              arrest_date, agency, statute, description, offense_category, import_id, created_at, updated_at)
          select nextval('arrest_record_seq'), ?, 'BG-' || g,
                 (?::varchar[])[1 + (g * 2246822519) % cardinality(?::varchar[])],
                 (?::varchar[])[1 + (g * 3266489917) % cardinality(?::varchar[])],
                 date '1940-01-01' + ((g * 6997) % 22000)::int, case when g % 9 = 0 then 'F' else 'M' end,
                 case when g % 3 = 0 then 'X' || g end, null,
                 date '2000-01-01' + ((g * 5381) % 9400)::int, 'Benchmark SO', '459', 'Background record',
                 (array['SEX_BUYING', 'OTHER_SEX_OFFENSE', 'VIOLENT', 'VIOLENT', 'OTHER', 'OTHER', 'OTHER', 'OTHER'])[1 + g % 8],
                 (select max(id) from arrest_import), now(), now()
          from generate_series(1::bigint, ?) g
          """)) {
        ps.setLong(1, programId);
        ps.setArray(2, first);
        ps.setArray(3, first);
        ps.setArray(4, last);
        ps.setArray(5, last);
        ps.setInt(6, records - rearrests);
        ps.executeUpdate();
      }
      s.execute("analyze");
      System.out.printf("Arrest records: %,d (%,d re-arrests of participants) written in %.0f s%n", records, rearrests,
          (System.nanoTime() - t) / 1e9);
    }

    long t = System.nanoTime();
    HttpResponse<String> run = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/linkage/runs")).header("Authorization", coordinator)
        .header("Content-Type", "application/json").header("Accept", "application/json").timeout(Duration.ofMinutes(60))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    System.out.printf("| linkage run | %,d persons × %,d records | %.1f s | %s |%n", participants, records, (System.nanoTime() - t) / 1e9,
        run.statusCode() + " " + run.body());

    String definition = "{\"indexFrom\":\"2000-01-01\",\"indexTo\":\"" + java.time.LocalDate.now() + "\","
        + "\"outcomeGroups\":[\"COMPLETED\",\"FAILED\"],\"comparisonGroups\":[\"INELIGIBLE\",\"NEVER_ENROLLED\"]}";
    List<Long> ms = new ArrayList<>();
    int size = 0;
    String head = "";
    for (int i = 0; i < 11; i++) {
      long s = System.nanoTime();
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cohorts/report")).header("Authorization", evaluator)
          .header("Content-Type", "application/json").header("Accept", "application/json").timeout(Duration.ofMinutes(5))
          .POST(HttpRequest.BodyPublishers.ofString(definition)).build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("cohort report: " + r.statusCode() + " " + r.body());
      }
      size = r.body().length();
      head = r.body().substring(0, Math.min(400, r.body().length()));
      if (i > 0) {
        ms.add((System.nanoTime() - s) / 1_000_000);
      }
    }
    Collections.sort(ms);
    System.out.printf("| cohort report (KM, rates, log-rank), all index events | %d calls | median %d ms | slowest %d ms | %,d bytes |%n",
        ms.size(), ms.get(ms.size() / 2), ms.get(ms.size() - 1), size);
    System.out.println("Report begins: " + head);

    try (Connection c = DriverManager.getConnection(jdbc, "jsm", "jsm"); Statement s = c.createStatement()) {
      // The truth is known: record RE-g is a re-arrest of person personBase + 1 + (g * 7) % participants.
      long personBase;
      try (ResultSet rs = s.executeQuery("select min(id) - 1 from person where program_id = " + programId + " and pseudonym = md5('person1')::uuid")) {
        rs.next();
        personBase = rs.getLong(1);
      }
      try (ResultSet rs = s.executeQuery("select l.state, count(*) filter (where a.source_record_id like 'RE-%' and l.person_id = " + personBase
          + " + 1 + (substr(a.source_record_id, 4)::bigint * 7) % " + participants + "), count(*) from arrest_link l "
          + "join arrest_record a on a.id = l.arrest_record_id where l.program_id = " + programId + " group by l.state order by 1")) {
        while (rs.next()) {
          long right = rs.getLong(2);
          long all = rs.getLong(3);
          System.out.printf("| %s pairs | %,d | of them true re-arrests of the right person: %,d (precision %.4f, recall %.4f) |%n",
              rs.getString(1), all, right, all == 0 ? 0 : (double) right / all, (double) right / Math.min(records, participants * 3 / 10));
        }
      }
      for (String sql : List.of("select count(*) from referral where program_id = " + programId,
          "select count(*) from referral r left join arrest_link l on l.person_id = r.person_id and l.state in ('LINKED', 'CONFIRMED') "
              + "where r.program_id = " + programId,
          "select count(*) from arrest_record where program_id = " + programId)) {
        List<Long> times = new ArrayList<>();
        long n = 0;
        for (int i = 0; i < 6; i++) {
          long s0 = System.nanoTime();
          try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            n = rs.getLong(1);
          }
          if (i > 0) {
            times.add((System.nanoTime() - s0) / 1_000_000);
          }
        }
        Collections.sort(times);
        System.out.printf("| plain SQL: %s | %,d | median %d ms |%n", sql, n, times.get(times.size() / 2));
      }
    }
  }
}
