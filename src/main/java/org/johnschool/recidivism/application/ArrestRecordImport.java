package org.johnschool.recidivism.application;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.CsvFieldReader;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.CsvFile;
import org.johnschool.platform.RowBatch;
import org.johnschool.referral.application.ImportReport;

/**
 * Imports re-arrest records from a CSV file, incrementally and all or nothing: rows stream through and are
 * written in batches (a known source record id is updated, a new one inserted); any bad row rolls the whole
 * file back and the report names every bad row, column and problem. Memory grows only with the set of ids seen
 * (to catch a record twice in one file).
 */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class ArrestRecordImport {

  public static final List<String> COLUMNS = List.of("source_record_id", "first_name", "last_name", "date_of_birth", "sex", "state_id",
      "fbi_number", "arrest_date", "agency", "statute", "description", "offense_category");
  /** The columns a file must have; the others (state_id, fbi_number, description) may be left out. */
  public static final Set<String> REQUIRED = Set.of("source_record_id", "first_name", "last_name", "date_of_birth", "sex",
      "arrest_date", "agency", "statute", "offense_category");
  static final Set<String> CATEGORIES = org.johnschool.recidivism.domain.OffenseCategory.names();
  static final int BATCH = 1000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject org.johnschool.program.application.ProgramTime time;

  public record Summary(long rows, long inserted, long updated) {}

  public record Stored(long records, Map<String, Long> byCategory) {}

  /** What the evaluation can rest on: how many arrest records the program holds, and when the latest file came in. */
  public record Coverage(long records, Instant latestImport) {}

  @org.jboss.ejb3.annotation.TransactionTimeout(value = 1800)
  public Summary importFile(InputStream csv, StaffScope scope) {
    long importId = ((Number) em.createNativeQuery("select nextval('arrest_import_seq')").getSingleResult()).longValue();
    em.createNativeQuery("insert into arrest_import (id, program_id, imported_by, imported_at) values (?1, ?2, ?3, ?4)")
        .setParameter(1, importId).setParameter(2, scope.programId()).setParameter(3, scope.username())
        .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
    Run run = new Run(scope.programId(), importId);
    CsvFile.read(csv, REQUIRED, run.report, run);
    run.report.rejectIfAny();
    em.createNativeQuery("update arrest_import set row_count = ?1, inserted = ?2, updated = ?3 where id = ?4")
        .setParameter(1, run.rows).setParameter(2, run.inserted).setParameter(3, run.updated).setParameter(4, importId).executeUpdate();
    return new Summary(run.rows, run.inserted, run.updated);
  }

  /** How many records the program holds, by offense category. */
  public Stored stored(StaffScope scope) {
    Map<String, Long> by = new java.util.TreeMap<>();
    long total = 0;
    for (Object o : em.createNativeQuery("select offense_category, count(*) from arrest_record where program_id = ?1 group by offense_category")
        .setParameter(1, scope.programId()).getResultList()) {
      Object[] row = (Object[]) o;
      long n = ((Number) row[1]).longValue();
      by.put((String) row[0], n);
      total += n;
    }
    return new Stored(total, by);
  }

  /** Counts and a date only, no identities: evaluators see it too (their dashboard). */
  @RolesAllowed({Role.EVALUATOR_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public Coverage coverage(StaffScope scope) {
    long records = ((Number) em.createNativeQuery("select count(*) from arrest_record where program_id = ?1")
        .setParameter(1, scope.programId()).getSingleResult()).longValue();
    Object latest = em.createNativeQuery("select max(imported_at) from arrest_import where program_id = ?1")
        .setParameter(1, scope.programId()).getSingleResult();
    return new Coverage(records, latest == null ? null : latest instanceof Timestamp t ? t.toInstant() : (Instant) latest);
  }

  /** One parsed, checked row. */
  private record Row(String id, String first, String last, LocalDate dob, String sex, String stateId, String fbi, LocalDate arrested,
      String agency, String statute, String description, String category) {}

  private final class Run implements CsvFile.Rows {
    final long programId;
    final long importId;
    /** The program's day: an arrest after it is refused. */
    final LocalDate today;
    final Set<String> seen = new HashSet<>();
    final ImportReport report = new ImportReport();
    final RowBatch<Row> batch = new RowBatch<>(em, BATCH, report::clean, this::write);
    final CsvFieldReader fields = new CsvFieldReader(report);
    long rows;
    long inserted;
    long updated;

    Run(long programId, long importId) {
      this.programId = programId;
      this.importId = importId;
      this.today = time.today(programId);
    }

    void problem(long row, String column, Phrase problem) {
      report.problem(row, column, problem);
    }

    @Override
    public void row(CSVRecord r) {
      long line = r.getRecordNumber() + 1;
      String id = fields.text(r, "source_record_id", 60, true, line);
      String first = fields.text(r, "first_name", 100, true, line);
      String last = fields.text(r, "last_name", 100, true, line);
      LocalDate dob = fields.date(r, "date_of_birth", true, line);
      String sex = fields.text(r, "sex", 1, true, line);
      if (sex != null && !Set.of("M", "F", "X", "U").contains(sex.toUpperCase(Locale.ROOT))) {
        problem(line, "sex", Phrase.of("csv.sex", sex));
      }
      String stateId = fields.text(r, "state_id", 30, false, line);
      String fbi = fields.text(r, "fbi_number", 30, false, line);
      LocalDate arrested = fields.date(r, "arrest_date", true, line);
      if (dob != null && arrested != null && !arrested.isAfter(dob)) {
        problem(line, "arrest_date", Phrase.of("arrests.beforeBirth"));
      }
      if (arrested != null && arrested.isAfter(today)) {
        problem(line, "arrest_date", Phrase.of("arrests.future"));
      }
      String agency = fields.text(r, "agency", 100, true, line);
      String statute = fields.text(r, "statute", 40, true, line);
      String description = fields.text(r, "description", 300, false, line);
      String category = fields.text(r, "offense_category", 20, true, line);
      if (category != null && !CATEGORIES.contains(category.toUpperCase(Locale.ROOT))) {
        problem(line, "offense_category", Phrase.of("arrests.category", category));
      }
      if (id != null && !seen.add(id)) {
        problem(line, "source_record_id", Phrase.of("arrests.twice", id));
      }
      rows++;
      if (report.clean()) {
        batch.add(new Row(id, first, last, dob, sex.toUpperCase(Locale.ROOT), stateId, fbi, arrested, agency, statute, description,
            category.toUpperCase(Locale.ROOT)));
      }
    }

    @Override
    public void end() {
      batch.flush();
    }

    private void write(Connection c, List<Row> batch) throws SQLException {
      Set<String> known = new HashSet<>();
      try (PreparedStatement ps = c.prepareStatement(
          "select source_record_id from arrest_record where program_id = ? and source_record_id = any(?)")) {
        ps.setLong(1, programId);
        ps.setArray(2, c.createArrayOf("varchar", batch.stream().map(Row::id).toArray()));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            known.add(rs.getString(1));
          }
        }
      }
      Timestamp now = Timestamp.from(clock.instant());
      try (PreparedStatement ps = c.prepareStatement("insert into arrest_record (id, program_id, source_record_id, first_name, last_name, "
          + "date_of_birth, sex, state_id, fbi_number, arrest_date, agency, statute, description, offense_category, import_id, created_at, "
          + "updated_at) values (nextval('arrest_record_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
          + "on conflict (program_id, source_record_id) do update set first_name = excluded.first_name, last_name = excluded.last_name, "
          + "date_of_birth = excluded.date_of_birth, sex = excluded.sex, state_id = excluded.state_id, fbi_number = excluded.fbi_number, "
          + "arrest_date = excluded.arrest_date, agency = excluded.agency, statute = excluded.statute, description = excluded.description, "
          + "offense_category = excluded.offense_category, import_id = excluded.import_id, updated_at = excluded.updated_at")) {
        for (Row r : batch) {
          int i = 1;
          ps.setLong(i++, programId);
          ps.setString(i++, r.id());
          ps.setString(i++, r.first());
          ps.setString(i++, r.last());
          ps.setDate(i++, Date.valueOf(r.dob()));
          ps.setString(i++, r.sex());
          ps.setString(i++, r.stateId());
          ps.setString(i++, r.fbi());
          ps.setDate(i++, Date.valueOf(r.arrested()));
          ps.setString(i++, r.agency());
          ps.setString(i++, r.statute());
          ps.setString(i++, r.description());
          ps.setString(i++, r.category());
          ps.setLong(i++, importId);
          ps.setTimestamp(i++, now);
          ps.setTimestamp(i, now);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      updated += known.size();
      inserted += batch.size() - known.size();
    }
  }
}
