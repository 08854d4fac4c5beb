package org.johnschool.referral.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.CsvFieldReader;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.CsvFile;
import org.johnschool.platform.RowBatch;

/**
 * Imports past participants from a program's old spreadsheets, so evaluators find them in the same cohorts: one row
 * per case with the person's identifiers, the court case, the referral date, the outcome group (completed, failed,
 * ineligible, declined), the exit date and the court's disposition. All or nothing with a row-by-row report. The
 * cases are marked historical (the import that brought them) and take a closed status — COMPLETED or DISMISSED,
 * RETURNED_TO_COURT, INELIGIBLE — so they never enter scheduling or fees; the import record says who and when.
 */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class HistoricalCaseImport {

  public static final List<String> COLUMNS = List.of("court", "court_case_number", "first_name", "last_name", "date_of_birth", "sex",
      "state_id", "fbi_number", "referral_date", "outcome", "exit_date", "disposition", "disposition_date");
  /** The columns a file must have; the others may be left out (exit_date is still needed on a completed or failed row). */
  public static final Set<String> REQUIRED = Set.of("court", "court_case_number", "first_name", "last_name", "date_of_birth", "sex",
      "referral_date", "outcome");
  static final Set<String> OUTCOMES = Set.of("COMPLETED", "FAILED", "INELIGIBLE", "DECLINED");
  static final Set<String> DISPOSITIONS = Set.of("DISMISSED", "CONVICTED", "OTHER");
  static final int BATCH = 1000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject org.johnschool.program.application.ProgramTime time;

  public record Summary(long rows, long imported) {}

  @org.jboss.ejb3.annotation.TransactionTimeout(value = 1800)
  public Summary importFile(InputStream csv, StaffScope scope) {
    long importId = ((Number) em.createNativeQuery("select nextval('historical_import_seq')").getSingleResult()).longValue();
    em.createNativeQuery("insert into historical_import (id, program_id, imported_by, imported_at) values (?1, ?2, ?3, ?4)")
        .setParameter(1, importId).setParameter(2, scope.programId()).setParameter(3, scope.username())
        .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
    Map<String, Long> courts = new HashMap<>();
    for (Object o : em.createNativeQuery("select code, id from court where program_id = ?1").setParameter(1, scope.programId()).getResultList()) {
      Object[] r = (Object[]) o;
      courts.put((String) r[0], ((Number) r[1]).longValue());
    }
    Run run = new Run(scope, importId, courts);
    CsvFile.read(csv, REQUIRED, run.report, run);
    run.report.rejectIfAny();
    em.createNativeQuery("update historical_import set row_count = ?1 where id = ?2").setParameter(1, run.rows).setParameter(2, importId)
        .executeUpdate();
    return new Summary(run.rows, run.imported);
  }

  private record Row(long line, long courtId, String caseNumber, String first, String last, LocalDate dob, String sex, String stateId,
      String fbi, LocalDate referred, String outcome, LocalDate exit, String disposition, LocalDate dispositionDate) {}

  private final class Run implements CsvFile.Rows {
    final StaffScope scope;
    final long importId;
    final Map<String, Long> courts;
    /** The program's day: dates after it are refused. */
    final LocalDate today;
    final Set<String> seen = new HashSet<>();
    final ImportReport report = new ImportReport();
    final RowBatch<Row> batch = new RowBatch<>(em, BATCH, report::clean, this::write);
    final CsvFieldReader fields = new CsvFieldReader(report);
    long rows;
    long imported;

    Run(StaffScope scope, long importId, Map<String, Long> courts) {
      this.scope = scope;
      this.importId = importId;
      this.courts = courts;
      this.today = time.today(scope.programId());
    }

    void problem(long row, String column, Phrase problem) {
      report.problem(row, column, problem);
    }

    @Override
    public void row(CSVRecord r) {
      long line = r.getRecordNumber() + 1;
      rows++;
      String court = upper(fields.text(r, "court", 20, true, line));
      Long courtId = court == null ? null : courts.get(court);
      if (court != null && courtId == null) {
        problem(line, "court", Phrase.of("history.court", court));
      }
      String caseNumber = fields.text(r, "court_case_number", 40, true, line);
      String first = fields.text(r, "first_name", 100, true, line);
      String last = fields.text(r, "last_name", 100, true, line);
      LocalDate dob = fields.date(r, "date_of_birth", true, line);
      String sex = upper(fields.text(r, "sex", 1, true, line));
      if (sex != null && !Set.of("M", "F", "X", "U").contains(sex)) {
        problem(line, "sex", Phrase.of("csv.sex", sex));
      }
      String stateId = fields.text(r, "state_id", 30, false, line);
      String fbi = fields.text(r, "fbi_number", 30, false, line);
      LocalDate referred = fields.date(r, "referral_date", true, line);
      String outcome = upper(fields.text(r, "outcome", 12, true, line));
      if (outcome != null && !OUTCOMES.contains(outcome)) {
        problem(line, "outcome", Phrase.of("history.outcome", outcome));
      }
      LocalDate exit = fields.date(r, "exit_date", "COMPLETED".equals(outcome) || "FAILED".equals(outcome), line);
      String disposition = upper(fields.text(r, "disposition", 12, false, line));
      if (disposition != null && !DISPOSITIONS.contains(disposition)) {
        problem(line, "disposition", Phrase.of("history.disposition", disposition));
      }
      LocalDate dispositionDate = fields.date(r, "disposition_date", disposition != null, line);
      if (disposition == null && dispositionDate != null) {
        problem(line, "disposition", Phrase.of("history.dispositionDate"));
      }
      if (dob != null && referred != null && !referred.isAfter(dob.plusYears(10))) {
        problem(line, "date_of_birth", Phrase.of("history.birth"));
      }
      for (var d : new Object[][] {{"referral_date", referred}, {"exit_date", exit}, {"disposition_date", dispositionDate}}) {
        if (d[1] != null && ((LocalDate) d[1]).isAfter(today)) {
          problem(line, (String) d[0], Phrase.of("history.future", d[0]));
        }
      }
      if (referred != null && exit != null && exit.isBefore(referred)) {
        problem(line, "exit_date", Phrase.of("history.exit"));
      }
      if (courtId != null && caseNumber != null && !seen.add(courtId + "/" + caseNumber.toUpperCase(Locale.ROOT))) {
        problem(line, "court_case_number", Phrase.of("history.twice", caseNumber, court));
      }
      if (report.clean()) {
        batch.add(new Row(line, courtId, caseNumber, first, last, dob, sex, stateId, fbi, referred, outcome, exit, disposition, dispositionDate));
      }
    }

    @Override
    public void end() {
      batch.flush();
    }

    private void write(Connection c, List<Row> batch) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement("select court_id, court_case_number from referral where (court_id, upper(court_case_number)) in "
          + "(select * from unnest(?::bigint[], ?::varchar[]))")) {
        ps.setArray(1, c.createArrayOf("bigint", batch.stream().map(Row::courtId).toArray()));
        ps.setArray(2, c.createArrayOf("varchar", batch.stream().map(r -> r.caseNumber().toUpperCase(Locale.ROOT)).toArray()));
        try (ResultSet rs = ps.executeQuery()) {
          Set<String> known = new HashSet<>();
          while (rs.next()) {
            known.add(rs.getLong(1) + "/" + rs.getString(2).toUpperCase(Locale.ROOT));
          }
          for (Row r : batch) {
            if (known.contains(r.courtId() + "/" + r.caseNumber().toUpperCase(Locale.ROOT))) {
              problem(r.line(), "court_case_number", Phrase.of("history.known", r.caseNumber()));
            }
          }
        }
      }
      if (!report.clean()) {
        return;
      }
      Deque<Long> personIds = ids(c, "person_seq", batch.size());
      Deque<Long> referralIds = ids(c, "referral_seq", batch.size());
      Timestamp now = Timestamp.from(clock.instant());
      try (PreparedStatement person = c.prepareStatement("insert into person (id, program_id, pseudonym, first_name, last_name, date_of_birth, "
              + "sex, state_id, fbi_number, preferred_language, version, created_at, modified_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'en', 0, ?, ?)");
          PreparedStatement referral = c.prepareStatement("insert into referral (id, program_id, court_id, person_id, court_case_number, "
              + "arrest_date, arresting_agency, referral_date, deadline, status, screening_result, completed_on, failed_on, failure_reason, "
              + "disposition_category, disposition_date, disposition_recorded_by, historical_import_id, historical_outcome, exit_date, "
              + "version, created_at, modified_at) values (?, ?, ?, ?, ?, ?, 'Not recorded (historical)', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
        for (Row r : batch) {
          long personId = personIds.pop();
          int i = 1;
          person.setLong(i++, personId);
          person.setLong(i++, scope.programId());
          person.setObject(i++, UUID.randomUUID());
          person.setString(i++, r.first());
          person.setString(i++, r.last());
          person.setDate(i++, Date.valueOf(r.dob()));
          person.setString(i++, r.sex());
          person.setString(i++, r.stateId());
          person.setString(i++, r.fbi());
          person.setTimestamp(i++, now);
          person.setTimestamp(i, now);
          person.addBatch();

          String status = switch (r.outcome()) {
            case "COMPLETED" -> "DISMISSED".equals(r.disposition()) ? "DISMISSED" : "COMPLETED";
            case "INELIGIBLE" -> "INELIGIBLE";
            default -> "RETURNED_TO_COURT";
          };
          LocalDate deadline = r.exit() != null ? r.exit() : r.referred();
          i = 1;
          referral.setLong(i++, referralIds.pop());
          referral.setLong(i++, scope.programId());
          referral.setLong(i++, r.courtId());
          referral.setLong(i++, personId);
          referral.setString(i++, r.caseNumber());
          referral.setDate(i++, Date.valueOf(r.referred()));
          referral.setDate(i++, Date.valueOf(r.referred()));
          referral.setDate(i++, Date.valueOf(deadline));
          referral.setString(i++, status);
          referral.setString(i++, "INELIGIBLE".equals(r.outcome()) ? "INELIGIBLE" : "ELIGIBLE");
          referral.setDate(i++, "COMPLETED".equals(r.outcome()) ? Date.valueOf(r.exit()) : null);
          referral.setDate(i++, "FAILED".equals(r.outcome()) ? Date.valueOf(r.exit()) : null);
          referral.setString(i++, "FAILED".equals(r.outcome()) ? "Did not complete (historical record)." : null);
          referral.setString(i++, r.disposition());
          referral.setDate(i++, r.dispositionDate() == null ? null : Date.valueOf(r.dispositionDate()));
          referral.setString(i++, r.disposition() == null ? null : scope.username());
          referral.setLong(i++, importId);
          referral.setString(i++, r.outcome());
          referral.setDate(i++, r.exit() == null ? null : Date.valueOf(r.exit()));
          referral.setTimestamp(i++, now);
          referral.setTimestamp(i, now);
          referral.addBatch();
        }
        person.executeBatch();
        referral.executeBatch();
      }
      imported += batch.size();
    }

    private static String upper(String v) {
      return v == null ? null : v.toUpperCase(Locale.ROOT);
    }
  }

  /** Ids from a sequence Hibernate also draws from: each value is used as it is (Hibernate's pooled blocks end at values it drew itself). */
  private static Deque<Long> ids(Connection c, String sequence, int count) throws SQLException {
    Deque<Long> ids = new ArrayDeque<>(count);
    try (PreparedStatement ps = c.prepareStatement("select nextval('" + sequence + "') from generate_series(1, ?)")) {
      ps.setInt(1, count);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }
}
