package org.johnschool.referral.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.johnschool.court.application.CourtDirectory;
import org.johnschool.court.domain.Court;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.CsvFieldReader;
import org.johnschool.platform.CsvFile;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.RowBatch;
import org.johnschool.program.application.ProgramTime;
import org.johnschool.referral.domain.DispositionCategory;
import org.johnschool.referral.domain.HistoricalCase;
import org.johnschool.referral.domain.HistoricalOutcome;
import org.johnschool.referral.domain.Person;
import org.johnschool.referral.domain.PersonDetails;
import org.johnschool.referral.domain.Referral;
import org.johnschool.referral.domain.Referrals;
import org.johnschool.referral.domain.Sex;

/**
 * Imports past participants from a program's old spreadsheets, so evaluators find them in the same cohorts: one row
 * per case with the person's identifiers, the court case, the referral date, the outcome group (completed, failed,
 * ineligible, declined), the exit date and the court's disposition. All or nothing with a row-by-row report. The
 * cases are marked historical (the import that brought them) and take the closed status their outcome decides
 * ({@link Referral#historical}), so they never enter scheduling or fees; they are written by the same bulk writer as a
 * docket import, with their audit rows under one revision (who, when, from where).
 */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class HistoricalCaseImport {

  public static final List<String> COLUMNS = List.of("court", "court_case_number", "first_name", "last_name", "date_of_birth", "sex",
      "state_id", "fbi_number", "referral_date", "outcome", "exit_date", "disposition", "disposition_date");
  /** The columns a file must have; the others may be left out (exit_date is still needed on a completed or failed row). */
  public static final Set<String> REQUIRED = Set.of("court", "court_case_number", "first_name", "last_name", "date_of_birth", "sex",
      "referral_date", "outcome");
  static final int BATCH = 1000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject ProgramTime time;
  @Inject CourtDirectory courtDirectory;
  @Inject Referrals referrals;

  public record Summary(long rows, long imported) {}

  @org.jboss.ejb3.annotation.TransactionTimeout(value = 1800)
  public Summary importFile(InputStream csv, StaffScope scope, String sourceAddress) {
    long importId = ((Number) em.createNativeQuery("select nextval('historical_import_seq')").getSingleResult()).longValue();
    em.createNativeQuery("insert into historical_import (id, program_id, imported_by, imported_at) values (?1, ?2, ?3, ?4)")
        .setParameter(1, importId).setParameter(2, scope.programId()).setParameter(3, scope.username())
        .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
    Map<String, Court> courts = new HashMap<>();
    courtDirectory.courtsOf(scope).forEach(c -> courts.put(c.getCode().toUpperCase(Locale.ROOT), c));
    Run run = new Run(scope, sourceAddress, importId, courts);
    CsvFile.read(csv, REQUIRED, run.report, run);
    run.report.rejectIfAny();
    em.createNativeQuery("update historical_import set row_count = ?1 where id = ?2").setParameter(1, run.rows).setParameter(2, importId)
        .executeUpdate();
    return new Summary(run.rows, run.imported);
  }

  private record Row(long line, Court court, String first, String last, LocalDate dob, Sex sex, String stateId, String fbi,
      HistoricalCase old) {

    String caseNumber() {
      return old.courtCaseNumber();
    }
  }

  private final class Run implements CsvFile.Rows {
    final StaffScope scope;
    final String sourceAddress;
    final long importId;
    final Map<String, Court> courts;
    Long revision;
    /** The program's day: dates after it are refused. */
    final LocalDate today;
    final Set<String> seen = new HashSet<>();
    final ImportReport report = new ImportReport();
    final RowBatch<Row> batch = new RowBatch<>(em, BATCH, report::clean, this::write);
    final CsvFieldReader fields = new CsvFieldReader(report);
    long rows;
    long imported;

    Run(StaffScope scope, String sourceAddress, long importId, Map<String, Court> courts) {
      this.scope = scope;
      this.sourceAddress = sourceAddress;
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
      Court courtFound = court == null ? null : courts.get(court);
      if (court != null && courtFound == null) {
        problem(line, "court", Phrase.of("history.court", court));
      }
      String caseNumber = fields.text(r, "court_case_number", 40, true, line);
      String first = fields.text(r, "first_name", 100, true, line);
      String last = fields.text(r, "last_name", 100, true, line);
      LocalDate dob = fields.date(r, "date_of_birth", true, line);
      Sex sex = oneOf(Sex.class, upper(fields.text(r, "sex", 1, true, line)), line, "sex", "csv.sex");
      String stateId = fields.text(r, "state_id", 30, false, line);
      String fbi = fields.text(r, "fbi_number", 30, false, line);
      LocalDate referred = fields.date(r, "referral_date", true, line);
      HistoricalOutcome outcome = oneOf(HistoricalOutcome.class, upper(fields.text(r, "outcome", 12, true, line)), line, "outcome",
          "history.outcome");
      LocalDate exit = fields.date(r, "exit_date", outcome != null && outcome.needsExitDate(), line);
      DispositionCategory disposition = oneOf(DispositionCategory.class, upper(fields.text(r, "disposition", 12, false, line)), line,
          "disposition", "history.disposition");
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
      if (courtFound != null && caseNumber != null && !seen.add(courtFound.getId() + "/" + caseNumber)) {
        problem(line, "court_case_number", Phrase.of("history.twice", caseNumber, court));
      }
      if (report.clean()) {
        batch.add(new Row(line, courtFound, first, last, dob, sex, stateId, fbi,
            new HistoricalCase(caseNumber, referred, outcome, exit, disposition, dispositionDate)));
      }
    }

    @Override
    public void end() {
      batch.flush();
    }

    /** Refuses the batch's case numbers a court already holds; else stores the batch's cases through the one bulk writer. */
    private void write(Connection c, List<Row> batch) {
      Map<Court, List<Row>> byCourt = new HashMap<>();
      batch.forEach(r -> byCourt.computeIfAbsent(r.court(), k -> new ArrayList<>()).add(r));
      byCourt.forEach((court, rows) -> {
        Map<String, Long> taken = referrals.existingCaseNumbers(court.getId(), rows.stream().map(Row::caseNumber).toList());
        rows.stream().filter(r -> taken.containsKey(r.caseNumber()))
            .forEach(r -> problem(r.line(), "court_case_number", Phrase.of("history.known", r.caseNumber())));
      });
      if (!report.clean()) {
        return;
      }
      List<Referral> cases = new ArrayList<>(batch.size());
      for (Row r : batch) {
        Person person = new Person(r.court().getProgram(), new PersonDetails(r.first(), null, r.last(), List.of(), r.dob(), r.sex(),
            r.stateId(), r.fbi(), null, null, null, null));
        cases.add(Referral.historical(r.court(), person, r.old(), importId, scope.username()));
      }
      referrals.addAll(cases, revision());
      imported += batch.size();
    }

    /** The import's one audit revision (who, when, from where), opened when the first rows are written. */
    private long revision() {
      if (revision == null) {
        revision = referrals.openBulkRevision(scope.username(), sourceAddress);
      }
      return revision;
    }

    /** The constant of {@code type} a cell names, or null (a problem noted) when it names none. */
    private <E extends Enum<E>> E oneOf(Class<E> type, String cell, long line, String column, String problemKey) {
      if (cell == null) {
        return null;
      }
      return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(cell)).findFirst().orElseGet(() -> {
        problem(line, column, Phrase.of(problemKey, cell));
        return null;
      });
    }

    private static String upper(String v) {
      return v == null ? null : v.toUpperCase(Locale.ROOT);
    }
  }
}
