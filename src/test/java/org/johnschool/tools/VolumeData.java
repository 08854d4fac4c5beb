package org.johnschool.tools;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Realistic synthetic data at volume (issue 7; bin/generate-data): PROGRAMS programs (default 50), each with three
 * courts, a venue, a copy of the loaded curriculum and a class every Saturday for YEARS years (default 20) up to
 * eight weeks after UNTIL; PERSONS persons with one referral each (default 1,000,000) spread over the programs and
 * years, screened, enrolled, attended or not, charged and paid, completed or returned to court, with the court's
 * disposition and the status history the courts' feed reads; and RECORDS arrest records (default 5,000,000): re-arrests
 * of the referred persons at realistic rates and times (fewer after completing the class, more when ineligible, most
 * in the first two years) among background records of other people.
 *
 * <p>Every value comes from md5(seed, what, row number), so the same SEED and UNTIL give the same rows (on a fresh
 * database of the same schema version). Names and identifiers are made up (surnames from syllables, no real
 * identifiers). Written by SQL into the database the application migrated (the application must have started once).
 *
 * <p>Arguments: {@code --url=JDBC --seed=N --programs=N --persons=N --records=N --years=N --until=YYYY-MM-DD}.
 */
public final class VolumeData {

  private static final long PROGRAM_BASE = 900_000;
  private static final long SESSION_BASE = 50_000_000;
  private static final long PERSON_BASE = 100_000_000;
  private static final int SESSIONS_PER_PROGRAM = 2_000;

  private VolumeData() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new LinkedHashMap<>();
    for (String a : args) {
      String[] kv = a.replaceFirst("^--", "").split("=", 2);
      o.put(kv[0], kv.length > 1 ? kv[1] : "");
    }
    String url = o.getOrDefault("url", "jdbc:postgresql://127.0.0.1:54329/jsm");
    int seed = Integer.parseInt(o.getOrDefault("seed", "1"));
    int programs = Integer.parseInt(o.getOrDefault("programs", "50"));
    int persons = Integer.parseInt(o.getOrDefault("persons", "1000000"));
    int records = Integer.parseInt(o.getOrDefault("records", "5000000"));
    int years = Integer.parseInt(o.getOrDefault("years", "20"));
    LocalDate until = LocalDate.parse(o.getOrDefault("until", LocalDate.now().toString()));
    if (years * 53 + 10 > SESSIONS_PER_PROGRAM || programs < 1 || programs > 999) {
      throw new IllegalArgumentException("years must be at most 37 and programs between 1 and 999");
    }
    long started = System.nanoTime();
    try (Connection c = DriverManager.getConnection(url, o.getOrDefault("user", "jsm"), o.getOrDefault("password", "jsm"));
        Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      try (ResultSet rs = s.executeQuery("select count(*) from program where id > " + PROGRAM_BASE)) {
        rs.next();
        if (rs.getLong(1) > 0) {
          throw new IllegalStateException("This database already holds generated data; generate into a fresh one (bin/generate-data does).");
        }
      }
      // u(what, n): a number in [0, 1) fixed by the seed, what it is for, and the row.
      s.execute("create function pg_temp.u(what text, n bigint) returns double precision immutable language sql as $$ select ('x' || substr(md5('"
          + seed + ":' || what || ':' || n), 1, 8))::bit(32)::bigint / 4294967296.0 $$");
      new Run(c, s, programs, persons, records, years, until).generate();
    }
    System.out.printf("Generated in %.0f s%n", (System.nanoTime() - started) / 1e9);
  }

  /** The steps, in the order the foreign keys need. */
  private record Run(Connection c, Statement s, int programs, int persons, int records, int years, LocalDate until) {

    void generate() throws SQLException {
      LocalDate firstSaturday = until.minusYears(years).with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SATURDAY));
      int weeks = (int) (java.time.temporal.ChronoUnit.WEEKS.between(firstSaturday, until) + 8);
      step("programs, courts, venues", """
          insert into program (id, code, name, address, version, created_at, modified_at)
          select %1$d + i, 'GEN-' || lpad(i::text, 3, '0'), 'Generated program ' || i, i || ' Main Street', 0, timestamptz '%2$s', timestamptz '%2$s'
          from generate_series(1, %3$d) i;
          insert into court (id, program_id, code, name, version, created_at, modified_at)
          select %1$d + i * 10 + k, %1$d + i, 'GEN-' || lpad(i::text, 3, '0') || '-C' || k,
                 (array['Superior Court', 'Municipal Court', 'Community Court'])[k] || ' ' || i, 0, timestamptz '%2$s', timestamptz '%2$s'
          from generate_series(1, %3$d) i, generate_series(1, 3) k;
          insert into venue (id, program_id, name, address, rooms, capacity, accessibility_notes, is_default, version, created_at, modified_at)
          select %1$d + i, %1$d + i, 'Generated hall ' || i, i || ' Hall Street', 'Main', 40, 'Step-free entrance', true, 0, timestamptz '%2$s',
                 timestamptz '%2$s'
          from generate_series(1, %3$d) i;
          """.formatted(PROGRAM_BASE, firstSaturday.minusDays(30), programs));

      copyToEveryProgram("eligibility_policy");
      step("fee schedules", """
          insert into fee_schedule (id, program_id, base_fee, currency, version, created_at, modified_at)
          select nextval('fee_schedule_seq'), %1$d + i, (array[350.00, 400.00, 500.00, 1000.00])[1 + ((%1$d + i) %% 4)::int], 'USD', 0,
                 timestamptz '%2$s', timestamptz '%2$s'
          from generate_series(1, %3$d) i;
          """.formatted(PROGRAM_BASE, firstSaturday.minusDays(30), programs));

      step("curriculum: the loaded version copied to every program", """
          insert into curriculum_version (id, program_id, number, content_hash, languages, titles, total_minutes, source, loaded_by, version,
              created_at, modified_at)
          select %1$d + p.i, %1$d + p.i, 1, v.content_hash, v.languages, v.titles, v.total_minutes, v.source, 'generator', 0, v.created_at, v.created_at
          from generate_series(1, %2$d) p(i), (select * from curriculum_version where id < %1$d order by id desc limit 1) v;
          insert into curriculum_module (id, version_id, module_key, position, minutes, required, presenter_role)
          select nextval('curriculum_module_seq'), nv.id, m.module_key, m.position, m.minutes, m.required, m.presenter_role
          from curriculum_version nv, curriculum_module m
          where nv.id > %1$d and m.version_id = (select max(id) from curriculum_version where id < %1$d);
          insert into module_text (id, module_id, language, file_name, title, objectives, outline, sources)
          select nextval('module_text_seq'), nm.id, t.language, t.file_name, t.title, t.objectives, t.outline, t.sources
          from module_text t join curriculum_module om on om.id = t.module_id
          join curriculum_module nm on nm.module_key = om.module_key and nm.version_id > %1$d
          where om.version_id = (select max(id) from curriculum_version where id < %1$d);
          insert into agenda_item (id, version_id, position, kind, module_key, minutes)
          select nextval('agenda_item_seq'), nv.id, a.position, a.kind, a.module_key, a.minutes
          from curriculum_version nv, agenda_item a
          where nv.id > %1$d and a.version_id = (select max(id) from curriculum_version where id < %1$d);
          insert into question (id, version_id, question_key, position, module_key, kind, answer, reverse_scored)
          select nextval('question_seq'), nv.id, q.question_key, q.position, q.module_key, q.kind, q.answer, q.reverse_scored
          from curriculum_version nv, question q
          where nv.id > %1$d and q.version_id = (select max(id) from curriculum_version where id < %1$d);
          insert into question_text (id, question_id, language, prompt, options)
          select nextval('question_text_seq'), nq.id, t.language, t.prompt, t.options
          from question_text t join question oq on oq.id = t.question_id
          join question nq on nq.question_key = oq.question_key and nq.version_id > %1$d
          where oq.version_id = (select max(id) from curriculum_version where id < %1$d);
          """.formatted(PROGRAM_BASE, programs));

      step("class sessions (every Saturday) and their agendas", """
          insert into class_session (id, program_id, curriculum_version_id, venue_id, room, session_date, start_time, end_time, language, capacity,
              enrolled, status, version, created_at, modified_at)
          select %1$d + p.i * %2$d + w, %3$d + p.i, %3$d + p.i, %3$d + p.i, 'Main', date '%4$s' + 7 * w, time '09:00', time '17:00',
                 case when p.i %% 3 = 0 and w %% 4 = 0 then 'es' else 'en' end, 40, 0, 'SCHEDULED', 0,
                 (date '%4$s' + 7 * w - 60)::timestamptz, (date '%4$s' + 7 * w - 60)::timestamptz
          from generate_series(1, %5$d) p(i), generate_series(0, %6$d) w;
          insert into session_agenda_item (id, session_id, position, kind, module_key, minutes)
          select nextval('session_agenda_item_seq'), cs.id, a.position, a.kind, a.module_key, a.minutes
          from class_session cs join agenda_item a on a.version_id = cs.curriculum_version_id
          where cs.program_id > %3$d;
          """.formatted(SESSION_BASE, SESSIONS_PER_PROGRAM, PROGRAM_BASE, firstSaturday, programs, weeks));

      persons(firstSaturday);
      referrals(firstSaturday);
      enrollments(firstSaturday);
      ledger();
      history();
      arrests();

      step("sequences past the generated ids; vacuum and statistics", """
          select setval('program_seq', (select max(id) from program) + 100);
          select setval('court_seq', (select max(id) from court) + 100);
          select setval('venue_seq', (select max(id) from venue) + 100);
          select setval('curriculum_version_seq', (select max(id) from curriculum_version) + 100);
          select setval('class_session_seq', (select max(id) from class_session) + 100);
          select setval('person_seq', (select max(id) from person) + 100);
          select setval('referral_seq', (select max(id) from referral) + 100);
          select setval('enrollment_seq', (select max(id) from enrollment) + 100);
          select setval('attendance_seq', (select max(id) from attendance) + 100);
          select setval('account_entry_seq', (select max(id) from account_entry) + 100);
          vacuum analyze;
          """);
      counts();
    }

    /** The demo program's row of a per-program setting (e.g. its eligibility policy), copied to every generated program. */
    private void copyToEveryProgram(String table) throws SQLException {
      java.util.List<String> columns = new java.util.ArrayList<>();
      try (ResultSet rs = s.executeQuery("select column_name from information_schema.columns where table_schema = current_schema() and table_name = '"
          + table + "' order by ordinal_position")) {
        while (rs.next()) {
          columns.add(rs.getString(1));
        }
      }
      String copied = columns.stream().map(col -> switch (col) {
        case "id" -> "nextval('" + table + "_seq')";
        case "program_id" -> PROGRAM_BASE + " + i";
        default -> "t." + col;
      }).collect(java.util.stream.Collectors.joining(", "));
      step(table.replace('_', ' ') + " (the demo program's, copied)", "insert into " + table + " (" + String.join(", ", columns) + ") select "
          + copied + " from generate_series(1, " + programs + ") i, (select * from " + table + " where program_id < " + PROGRAM_BASE
          + " order by id limit 1) t\n");
    }

    private void persons(LocalDate firstSaturday) throws SQLException {
      Set<String> surnames = RecidivismBenchmark.surnames();
      Array first = c.createArrayOf("varchar", RecidivismBenchmark.FIRST);
      Array last = c.createArrayOf("varchar", surnames.toArray());
      long t = System.nanoTime();
      try (PreparedStatement ps = c.prepareStatement("""
          insert into person (id, program_id, pseudonym, first_name, last_name, date_of_birth, sex, state_id, email, preferred_language, version,
              created_at, modified_at)
          select ? + n, ? + 1 + (n - 1) %% ?, md5('person:' || n)::uuid,
                 (?::varchar[])[1 + floor(pg_temp.u('first', n) * cardinality(?::varchar[]))::int],
                 (?::varchar[])[1 + floor(pg_temp.u('last', n) * cardinality(?::varchar[]))::int],
                 date '%s' - (18 * 365 + floor(pg_temp.u('age', n) * 45 * 365))::int,
                 case when pg_temp.u('sex', n) < 0.97 then 'M' else 'F' end,
                 case when pg_temp.u('sid', n) < 0.6 then 'G' || lpad(n::text, 9, '0') end,
                 case when pg_temp.u('mail', n) < 0.5 then 'person' || n || '@example.org' end,
                 case when pg_temp.u('lang', n) < 0.18 then 'es' else 'en' end, 0, timestamptz '%1$s', timestamptz '%1$s'
          from generate_series(1::bigint, ?) n
          """.formatted(firstSaturday))) {
        ps.setLong(1, PERSON_BASE);
        ps.setLong(2, PROGRAM_BASE);
        ps.setInt(3, programs);
        ps.setArray(4, first);
        ps.setArray(5, first);
        ps.setArray(6, last);
        ps.setArray(7, last);
        ps.setInt(8, persons);
        ps.executeUpdate();
      }
      System.out.printf("%-55s %6.1f s%n", "persons", (System.nanoTime() - t) / 1e9);
    }

    /**
     * One referral per person, on a day of the period; 15% ineligible; a case whose class (the first Saturday two
     * weeks after the referral) is past is settled — 80% completed (and dismissed by the court after a year), 20% returned
     * to court —, one whose class is still to come is eligible or enrolled in it.
     */
    private void referrals(LocalDate firstSaturday) throws SQLException {
      step("referrals (screened, settled, disposed)", """
          create temporary table gen_case as
          select y.*, (case
              when y.outcome < 0.15 then 'INELIGIBLE'
              when date '%5$s' + 7 * y.week >= date '%4$s' then case when y.outcome < 0.45 then 'ELIGIBLE' else 'ENROLLED' end
              when y.outcome < 0.83 then case when y.referred < date '%4$s' - 365 then 'DISMISSED' else 'COMPLETED' end
              else 'RETURNED_TO_COURT' end)::varchar(30) as status
          from (select x.*, ((x.referred + 14) - date '%5$s' + 6) / 7 as week
                from (select n, %1$d + n as id, %2$d + 1 + (n - 1) %% %3$d as program_id,
                             date '%4$s' - floor(pg_temp.u('referred', n) * (date '%4$s' - date '%5$s' - 14))::int as referred,
                             pg_temp.u('outcome', n) as outcome, pg_temp.u('court', n) as court
                      from generate_series(1::bigint, %6$d) n) x) y;
          insert into referral (id, program_id, court_id, person_id, court_case_number, tracking_number, arrest_date, arresting_agency, referral_date,
              deadline, next_court_date, status, screening_result, screening_findings, screened_at, completed_on, failed_on, failure_reason,
              disposition_category, disposition_date, disposition_description, disposition_recorded_by, version, created_at, modified_at)
          select g.id, g.program_id, g.program_id * 10 - %2$d * 9 + 1 + floor(g.court * 3)::int, g.id,
                 'GEN-' || to_char(g.referred, 'YYYY') || '-' || lpad(g.n::text, 8, '0'), 'T' || g.n,
                 g.referred - 3 - floor(pg_temp.u('arrest', g.n) * 25)::int, 'Generated PD ' || (g.program_id - %2$d), g.referred,
                 g.referred + 90, g.referred + 95, g.status,
                 case when g.status = 'INELIGIBLE' then 'INELIGIBLE' else 'ELIGIBLE' end, '[]', g.referred::timestamptz,
                 case when g.status in ('COMPLETED', 'DISMISSED') then date '%5$s' + 7 * g.week end,
                 case when g.status = 'RETURNED_TO_COURT' then date '%5$s' + 7 * g.week end,
                 case when g.status = 'RETURNED_TO_COURT' then 'Did not attend the class' end,
                 case when g.status = 'DISMISSED' then 'DISMISSED' when g.status = 'RETURNED_TO_COURT' and g.referred < date '%4$s' - 365
                      then case when g.outcome < 0.95 then 'CONVICTED' else 'OTHER' end end,
                 case when g.status = 'DISMISSED' or g.status = 'RETURNED_TO_COURT' and g.referred < date '%4$s' - 365 then g.referred + 120 end,
                 case when g.status = 'DISMISSED' then 'Charge dismissed after the program'
                      when g.status = 'RETURNED_TO_COURT' and g.referred < date '%4$s' - 365 then 'Case resumed' end,
                 case when g.status = 'DISMISSED' or g.status = 'RETURNED_TO_COURT' and g.referred < date '%4$s' - 365 then 'generator' end,
                 0, g.referred::timestamptz, g.referred::timestamptz
          from gen_case g;
          """.formatted(PERSON_BASE, PROGRAM_BASE, programs, until, firstSaturday, persons));
    }

    /** The class: a seat in the first Saturday at least two weeks after the referral; attendance for the past ones. */
    private void enrollments(LocalDate firstSaturday) throws SQLException {
      step("enrollments, seats taken", """
          insert into enrollment (id, program_id, referral_id, session_id, status, reschedule_count, joined_at, ended_at, version, created_at,
              modified_at)
          select g.id, g.program_id, g.id, %1$d + (g.program_id - %2$d) * %3$d + g.week,
                 case g.status when 'ENROLLED' then 'ENROLLED' when 'RETURNED_TO_COURT' then 'NO_SHOW' else 'ATTENDED' end, 0,
                 (g.referred + 3)::timestamptz, case when g.status <> 'ENROLLED' then (date '%4$s' + 7 * g.week)::timestamptz end, 0,
                 (g.referred + 3)::timestamptz, (g.referred + 3)::timestamptz
          from gen_case g where g.status in ('ENROLLED', 'COMPLETED', 'DISMISSED', 'RETURNED_TO_COURT');
          update class_session cs set enrolled = x.seats
          from (select session_id, count(*) as seats from enrollment where program_id > %2$d group by session_id) x where x.session_id = cs.id;
          """.formatted(SESSION_BASE, PROGRAM_BASE, SESSIONS_PER_PROGRAM, firstSaturday));
      step("attendance and modules attended", """
          insert into attendance (id, program_id, enrollment_id, session_id, referral_id, status, id_verified, arrived_at, departed_at, recorded_by,
              version, created_at, modified_at)
          select e.id, e.program_id, e.id, e.session_id, e.referral_id, case when e.status = 'ATTENDED' then 'PRESENT' else 'ABSENT' end,
                 e.status = 'ATTENDED', case when e.status = 'ATTENDED' then time '08:50' + floor(pg_temp.u('arrive', e.id) * 20) * interval '1 minute' end,
                 case when e.status = 'ATTENDED' then time '17:00' end, 'generator', 0, e.ended_at, e.ended_at
          from enrollment e where e.program_id > %1$d and e.status in ('ATTENDED', 'NO_SHOW');
          insert into module_attendance (id, attendance_id, module_key, required, attended)
          select nextval('module_attendance_seq'), a.id, m.module_key, m.required, a.status = 'PRESENT'
          from attendance a join curriculum_module m on m.version_id = a.program_id
          where a.program_id > %1$d;
          """.formatted(PROGRAM_BASE));
    }

    /** The program fee charged at enrollment and paid (whole, in one or two payments) by those who came. */
    private void ledger() throws SQLException {
      step("ledger: fees charged and paid, receipts", """
          insert into account_entry (id, program_id, referral_id, entry_type, amount, balance_effect, description, entered_by, entered_on, created_at)
          select e.id * 4, e.program_id, e.referral_id, 'CHARGE', f.fee, f.fee, 'Program fee', 'generator', e.joined_at::date, e.joined_at
          from enrollment e cross join lateral (select (array[350.00, 400.00, 500.00, 1000.00])[1 + (e.program_id %% 4)::int]::numeric(12,2) as fee) f
          where e.program_id > %1$d;
          insert into account_entry (id, program_id, referral_id, entry_type, amount, balance_effect, description, method, reference, receipt_number,
              entered_by, entered_on, created_at)
          select e.id * 4 + k, e.program_id, e.referral_id, 'PAYMENT', c.amount / parts, -(c.amount / parts), 'Payment',
                 m.method, case when m.method in ('CHECK', 'CARD') then 'REF' || e.id || '-' || k end,
                 'G' || e.id || '-' || k, (array['cashier1', 'cashier2', 'cashier3'])[1 + floor(pg_temp.u('cashier', e.id * 4 + k) * 3)::int],
                 e.joined_at::date + 7 * k, e.joined_at + 7 * k * interval '1 day'
          from enrollment e join account_entry c on c.id = e.id * 4
          cross join lateral (select case when pg_temp.u('parts', e.id) < 0.3 then 2 else 1 end as parts) p
          cross join lateral generate_series(1, p.parts) k
          cross join lateral (select (array['CASH', 'CHECK', 'MONEY_ORDER', 'CARD'])[1 + floor(pg_temp.u('method', e.id * 4 + k) * 4)::int] as method) m
          where e.program_id > %1$d and e.status = 'ATTENDED';
          """.formatted(PROGRAM_BASE));
    }

    /** What the courts' status feed reads: each change of a case's status, with its date. */
    private void history() throws SQLException {
      step("status history", """
          insert into referral_status_change (id, referral_id, program_id, court_id, from_status, to_status, reason, changed_at)
          select nextval('referral_status_change_seq'), r.id, r.program_id, r.court_id, h.from_status, h.to_status, h.reason, h.at
          from referral r
          cross join lateral (values
              (null, 'REFERRED', 'Referred by the court', r.referral_date::timestamptz, true),
              ('REFERRED', r.screening_result, 'Screened', r.referral_date::timestamptz + interval '1 hour', true),
              ('ELIGIBLE', 'ENROLLED', 'Enrolled', r.referral_date::timestamptz + interval '3 days',
                  r.status in ('ENROLLED', 'COMPLETED', 'DISMISSED', 'RETURNED_TO_COURT')),
              ('ENROLLED', 'COMPLETED', 'Completed the class', r.completed_on::timestamptz + interval '18 hours', r.completed_on is not null),
              ('ENROLLED', 'RETURNED_TO_COURT', r.failure_reason, r.failed_on::timestamptz + interval '18 hours', r.failed_on is not null),
              ('COMPLETED', 'DISMISSED', 'Charge dismissed', r.disposition_date::timestamptz, r.status = 'DISMISSED')
          ) h(from_status, to_status, reason, at, happened)
          where r.program_id > %1$d and h.happened;
          """.formatted(PROGRAM_BASE));
    }

    /**
     * Re-arrests of referred persons — within five years, 6% after completing, 12% after returning to court, 14% when
     * ineligible (the comparison group), timed as an exponential with a mean of two years — and background records of
     * other people up to RECORDS.
     */
    private void arrests() throws SQLException {
      step("arrest records: re-arrests and background", """
          insert into arrest_import (id, program_id, imported_by, imported_at, row_count, inserted)
          values (nextval('arrest_import_seq'), %1$d + 1, 'generator', timestamptz '%3$s', %2$d, %2$d);
          create temporary table gen_rearrest as
          select r.id, r.person_id, r.referral_date, r.referral_date + 30 + floor(-ln(1 - pg_temp.u('when', r.id)) * 730)::int as arrested
          from referral r
          where r.program_id > %1$d and pg_temp.u('rearrest', r.id) < case when r.status in ('COMPLETED', 'DISMISSED') then 0.06
              when r.status = 'RETURNED_TO_COURT' then 0.12 when r.status = 'INELIGIBLE' then 0.14 else 0.05 end;
          delete from gen_rearrest where arrested >= date '%3$s' or arrested > referral_date + 1825;
          insert into arrest_record (id, program_id, source_record_id, first_name, last_name, date_of_birth, sex, state_id, fbi_number,
              arrest_date, agency, statute, description, offense_category, import_id, created_at, updated_at)
          select nextval('arrest_record_seq'), %1$d + 1, 'GRE-' || x.id, p.first_name,
                 case when pg_temp.u('typo', x.id) < 0.05 and length(p.last_name) > 3
                      then left(p.last_name, 1) || substr(p.last_name, 3, 1) || substr(p.last_name, 2, 1) || substr(p.last_name, 4)
                      else p.last_name end,
                 p.date_of_birth, p.sex, p.state_id, null, x.arrested, 'Generated PD',
                 case when pg_temp.u('statute', x.id) < 0.6 then '647(b)' else '245(a)' end, 'Re-arrest',
                 (array['SEX_BUYING', 'SEX_BUYING', 'SEX_BUYING', 'OTHER_SEX_OFFENSE', 'VIOLENT', 'OTHER', 'OTHER'])
                     [1 + floor(pg_temp.u('category', x.id) * 7)::int],
                 (select max(id) from arrest_import), x.arrested::timestamptz, x.arrested::timestamptz
          from gen_rearrest x join person p on p.id = x.person_id;
          """.formatted(PROGRAM_BASE, records, until));
      Set<String> surnames = new LinkedHashSet<>();
      for (String a : RecidivismBenchmark.START) {
        for (String e : RecidivismBenchmark.END) {
          surnames.add(a + "o" + e);
        }
      }
      long t = System.nanoTime();
      try (PreparedStatement ps = c.prepareStatement("""
          insert into arrest_record (id, program_id, source_record_id, first_name, last_name, date_of_birth, sex, state_id, fbi_number,
              arrest_date, agency, statute, description, offense_category, import_id, created_at, updated_at)
          select nextval('arrest_record_seq'), ?, 'GBG-' || n,
                 (?::varchar[])[1 + floor(pg_temp.u('bgfirst', n) * cardinality(?::varchar[]))::int],
                 (?::varchar[])[1 + floor(pg_temp.u('bglast', n) * cardinality(?::varchar[]))::int],
                 date '1940-01-01' + floor(pg_temp.u('bgdob', n) * 22000)::int, case when pg_temp.u('bgsex', n) < 0.8 then 'M' else 'F' end,
                 case when pg_temp.u('bgsid', n) < 0.4 then 'X' || n end, null,
                 ?::date - floor(pg_temp.u('bgdate', n) * 7300)::int, 'Generated SO', '459', 'Background record',
                 (array['SEX_BUYING', 'OTHER_SEX_OFFENSE', 'VIOLENT', 'VIOLENT', 'OTHER', 'OTHER', 'OTHER', 'OTHER'])[1 + floor(pg_temp.u('bgcat', n) * 8)::int],
                 (select max(id) from arrest_import), ?::timestamptz, ?::timestamptz
          from generate_series(1::bigint, greatest(0, ? - (select count(*) from gen_rearrest))) n
          """)) {
        Array first = c.createArrayOf("varchar", RecidivismBenchmark.FIRST);
        Array last = c.createArrayOf("varchar", surnames.toArray());
        ps.setLong(1, PROGRAM_BASE + 1);
        ps.setArray(2, first);
        ps.setArray(3, first);
        ps.setArray(4, last);
        ps.setArray(5, last);
        ps.setObject(6, until.minusDays(1));
        ps.setObject(7, until.atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime());
        ps.setObject(8, until.atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime());
        ps.setInt(9, records);
        ps.executeUpdate();
      }
      System.out.printf("%-55s %6.1f s%n", "arrest records: background", (System.nanoTime() - t) / 1e9);
    }

    private void counts() throws SQLException {
      System.out.println();
      System.out.println("| table | generated rows |");
      System.out.println("|---|---|");
      for (String table : new String[] {"program", "court", "class_session", "session_agenda_item", "person", "referral", "enrollment", "attendance",
          "module_attendance", "account_entry", "referral_status_change", "arrest_record"}) {
        String where = switch (table) {
          case "program" -> "id > " + PROGRAM_BASE;
          case "session_agenda_item" -> "session_id >= " + SESSION_BASE;
          case "module_attendance" -> "attendance_id >= " + PERSON_BASE;
          case "arrest_record" -> "source_record_id like 'G%'";
          default -> "program_id > " + PROGRAM_BASE;
        };
        try (ResultSet rs = s.executeQuery("select count(*) from " + table + " where " + where)) {
          rs.next();
          System.out.printf("| %s | %,d |%n", table, rs.getLong(1));
        }
      }
      try (ResultSet rs = s.executeQuery("select status, count(*) from referral where program_id > " + PROGRAM_BASE + " group by status order by 2 desc")) {
        StringBuilder b = new StringBuilder("Referrals by status:");
        while (rs.next()) {
          b.append(String.format(" %s %,d;", rs.getString(1), rs.getLong(2)));
        }
        System.out.println(b);
      }
    }

    private void step(String what, String sql) throws SQLException {
      long t = System.nanoTime();
      for (String statement : sql.split(";\\s*\\n")) {
        if (!statement.isBlank()) {
          s.execute(statement);
        }
      }
      System.out.printf("%-55s %6.1f s%n", what, (System.nanoTime() - t) / 1e9);
    }
  }
}
