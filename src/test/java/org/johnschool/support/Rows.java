package org.johnschool.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Rows written by SQL for the in-container repository tests: a program of their own with two courts, and just the
 * columns each table requires, inside the test's transaction (which the test rolls back, so nothing stays). Ids come
 * from the tables' own sequences, as the application's do.
 */
public final class Rows {

  private final Connection c;
  public final long program;
  public final long courtA;
  public final long courtB;
  private long venue;
  private long curriculum;
  private long arrestImport;
  private long linkageRun;

  /** A new program (code {@code code}) with courts {@code code-A} and {@code code-B}. */
  public Rows(Connection c, String code) throws SQLException {
    this.c = c;
    this.program = insert("program", "insert into program (id, code, name, created_at, modified_at) values (?, ?, ?, now(), now())",
        code, "Program " + code);
    this.courtA = court(code + "-A");
    this.courtB = court(code + "-B");
  }

  public long court(String code) throws SQLException {
    return insert("court", "insert into court (id, program_id, code, name, created_at, modified_at) values (?, ?, ?, ?, now(), now())",
        program, code, "Court " + code);
  }

  public long person(String first, String last, LocalDate birth) throws SQLException {
    return insert("person", "insert into person (id, program_id, pseudonym, first_name, last_name, date_of_birth, sex, created_at, modified_at) "
        + "values (?, ?, gen_random_uuid(), ?, ?, ?, 'M', now(), now())", program, first, last, birth);
  }

  /** A referral of {@code status} referred on {@code referred} (arrested the same day, deadline 90 days later). */
  public long referral(long court, long person, String caseNumber, LocalDate referred, String status) throws SQLException {
    return insert("referral", "insert into referral (id, program_id, court_id, person_id, court_case_number, arrest_date, arresting_agency, "
        + "referral_date, deadline, status, created_at, modified_at) values (?, ?, ?, ?, ?, ?, 'SFPD', ?, ?, ?, now(), now())",
        program, court, person, caseNumber, referred, referred, referred.plusDays(90), status);
  }

  /** Any further columns of a row, e.g. {@code set("referral", id, "status = 'COMPLETED', completed_on = ?", day)}. */
  public void set(String table, long id, String assignments, Object... values) throws SQLException {
    Object[] all = new Object[values.length + 1];
    System.arraycopy(values, 0, all, 0, values.length);
    all[values.length] = id;
    execute("update " + table + " set " + assignments + " where id = ?", all);
  }

  /** A 09:00–17:00 class of the program on {@code day}. */
  public long session(LocalDate day) throws SQLException {
    if (venue == 0) {
      venue = insert("venue", "insert into venue (id, program_id, name, address, capacity, created_at, modified_at) "
          + "values (?, ?, 'Hall', '1 Main St', 30, now(), now())", program);
      curriculum = insert("curriculum_version", "insert into curriculum_version (id, program_id, number, content_hash, languages, titles, "
          + "total_minutes, source, created_at, modified_at) values (?, ?, 1, repeat('a', 64), 'en', 'Module', 480, 'test', now(), now())", program);
    }
    return insert("class_session", "insert into class_session (id, program_id, curriculum_version_id, venue_id, session_date, start_time, "
        + "end_time, language, capacity, status, created_at, modified_at) values (?, ?, ?, ?, ?, ?, ?, 'en', 30, 'SCHEDULED', now(), now())",
        program, curriculum, venue, day, LocalTime.of(9, 0), LocalTime.of(17, 0));
  }

  public long enrollment(long referral, long session, String status) throws SQLException {
    boolean ended = !status.equals("ENROLLED") && !status.equals("WAITLISTED");
    return insert("enrollment", "insert into enrollment (id, program_id, referral_id, session_id, status, joined_at, ended_at, created_at, modified_at) "
        + "values (?, ?, ?, ?, ?, now(), " + (ended ? "now()" : "null") + ", now(), now())", program, referral, session, status);
  }

  /** An arrest record of the program dated {@code day} in {@code category}, linked to {@code person} in {@code linkState}. */
  public long rearrest(long person, LocalDate day, String category, String linkState) throws SQLException {
    if (arrestImport == 0) {
      arrestImport = insert("arrest_import", "insert into arrest_import (id, program_id, imported_by, imported_at, row_count) values (?, ?, 'test', now(), 1)",
          program);
      linkageRun = insert("linkage_run", "insert into linkage_run (id, program_id, started_by, started_at, upper_threshold, lower_threshold) "
          + "values (?, ?, 'test', now(), 12, 4)", program);
    }
    long record = insert("arrest_record", "insert into arrest_record (id, program_id, source_record_id, first_name, last_name, date_of_birth, sex, "
        + "arrest_date, agency, statute, offense_category, import_id, created_at, updated_at) "
        + "values (?, ?, 'R-' || currval('arrest_record_seq'), 'X', 'Y', date '1980-01-01', 'M', ?, 'SFPD', 'PC 647(b)', ?, ?, now(), now())",
        program, day, category, arrestImport);
    boolean decided = linkState.equals("CONFIRMED") || linkState.equals("REJECTED");
    insert("arrest_link", "insert into arrest_link (id, program_id, arrest_record_id, person_id, method, score, evidence, state, run_id, "
        + "decided_by, decided_at, created_at, modified_at) values (?, ?, ?, ?, 'SCORE', 15, '{}', ?, ?, "
        + (decided ? "'test', now()" : "null, null") + ", now(), now())", program, record, person, linkState, linkageRun);
    return record;
  }

  /** Makes {@code referral} a case of the old records: imported with {@code outcome} and, for participants, {@code exit}. */
  public void historical(long referral, String outcome, LocalDate exit) throws SQLException {
    long importId = insert("historical_import", "insert into historical_import (id, program_id, imported_by, imported_at, row_count) "
        + "values (?, ?, 'test', now(), 1)", program);
    set("referral", referral, "historical_import_id = ?, historical_outcome = ?, exit_date = ?", importId, outcome, exit);
  }

  public void execute(String sql, Object... values) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, 1, values);
      ps.executeUpdate();
    }
  }

  /** Inserts with the next id of {@code table}'s sequence as the first parameter; that id. */
  private long insert(String table, String sql, Object... values) throws SQLException {
    long id;
    try (PreparedStatement ps = c.prepareStatement("select nextval('" + table + "_seq')"); ResultSet rs = ps.executeQuery()) {
      rs.next();
      id = rs.getLong(1);
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      bind(ps, 2, values);
      ps.executeUpdate();
    }
    return id;
  }

  private static void bind(PreparedStatement ps, int from, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      ps.setObject(from + i, values[i]);
    }
  }
}
