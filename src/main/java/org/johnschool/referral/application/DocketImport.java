package org.johnschool.referral.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.johnschool.court.application.CourtDirectory;
import org.johnschool.court.domain.Court;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.CsvFile;
import org.johnschool.platform.Phrase;
import org.johnschool.referral.application.ReferralRequest.AliasRequest;
import org.johnschool.referral.application.ReferralRequest.ChargeRequest;
import org.johnschool.referral.application.ReferralRequest.PersonRequest;
import org.johnschool.referral.application.ReferralRequest.ScreeningRequest;
import org.johnschool.referral.domain.EligibilityPolicy;
import org.johnschool.referral.domain.EligibilityResult;
import org.johnschool.referral.domain.Referral;
import org.johnschool.referral.domain.Referrals;

/**
 * Imports a court's docket file, all or nothing: the file streams through in batches written in
 * bulk under one audit revision (memory does not grow with its size, but for the set of case numbers
 * seen, to catch duplicates within the file); every row is checked like a form; when any row is
 * wrong the transaction rolls back and the report names every bad row, column and problem.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class DocketImport {

  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(DocketImport.class.getName());
  static final int BATCH = 2000;
  static final int MAX_REPORTED = 1000;
  static final long MAX_ROWS = 1_000_000;

  @Inject ReferralRegistrar registrar;
  @Inject Referrals referrals;
  @Inject CourtDirectory courts;
  @Inject org.johnschool.program.application.ProgramTime time;
  @PersistenceContext EntityManager em;

  /** Reads the whole file; {@code bytesRead} is told how far it got (for progress bars). */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRED)
  @org.jboss.ejb3.annotation.TransactionTimeout(value = 1800)
  public ImportSummary importDocket(InputStream csv, StaffScope scope, String sourceAddress, LongConsumer bytesRead) {
    referrals.prepareForBulkIntake();
    Run run = new Run(scope, sourceAddress);
    CountingInputStream counting = new CountingInputStream(csv, bytesRead);
    try (Reader reader = org.johnschool.platform.CsvInput.strictUtf8(counting);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(false).get().parse(reader)) {
      if (!run.checkHeader(parser.getHeaderNames())) {
        throw run.rejection();
      }
      for (CSVRecord record : parser) {
        run.row(record);
      }
      run.flushBatch();
      if (run.lastRow == 1) {
        run.problem(2, "", CsvFile.NO_ROWS);
      }
    } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException | IOException e) {
      run.problem(run.lastRow + 1, "", org.johnschool.platform.CsvInput.problemOf(e));
    }
    LOG.info(() -> String.format("Docket import: %d rows stored, %d problems; duplicate checks %d ms, screening and writing %d ms"
            + " (history lookups %d ms, bulk writes %d ms since start)",
        run.imported, run.problemCount, run.duplicateCheckNanos / 1_000_000, run.storeNanos / 1_000_000,
        registrar.lookupNanos() / 1_000_000, registrar.writeNanos() / 1_000_000));
    if (run.problemCount > 0) {
      throw run.rejection();
    }
    return new ImportSummary(run.imported, run.eligible, run.imported - run.eligible);
  }

  /** The state of one import. */
  private final class Run {
    final StaffScope scope;
    final String sourceAddress;
    final EligibilityPolicy policy;
    Long revision;
    long duplicateCheckNanos;
    long storeNanos;
    final Map<String, Court> courtsByCode = new HashMap<>();
    final Set<String> seenCaseNumbers = new HashSet<>();
    final List<PendingRow> batch = new ArrayList<>(BATCH);
    final List<ImportProblem> problems = new ArrayList<>();
    Map<String, String> headerToColumn = new LinkedHashMap<>();
    long problemCount;
    long lastRow = 1;
    final Clock clock;
    long imported;
    long eligible;

    Run(StaffScope scope, String sourceAddress) {
      this.scope = scope;
      this.sourceAddress = sourceAddress;
      this.policy = registrar.policyOf(scope.programId());
      this.clock = time.clock(scope.programId());
    }

    /** The import's one audit revision (who, when, from where), opened when the first rows are written. */
    long revision() {
      if (revision == null) {
        revision = referrals.openBulkRevision(scope.username(), sourceAddress);
      }
      return revision;
    }

    boolean checkHeader(List<String> header) {
      for (String h : header) {
        String column = h == null ? "" : h.strip().toLowerCase(Locale.ROOT);
        if (!DocketColumns.ALL.contains(column)) {
          problem(1, h, Phrase.of("docket.column.unknown", String.join(", ", DocketColumns.ALL)));
        } else if (headerToColumn.containsValue(column)) {
          problem(1, h, Phrase.of("docket.column.twice"));
        } else {
          headerToColumn.put(h, column);
        }
      }
      for (String required : DocketColumns.REQUIRED) {
        if (!headerToColumn.containsValue(required)) {
          problem(1, required, Phrase.of("docket.column.missing"));
        }
      }
      return problemCount == 0;
    }

    void row(CSVRecord record) {
      long row = record.getRecordNumber() + 1;
      lastRow = row;
      if (row - 1 > MAX_ROWS) {
        problem(row, "", Phrase.of("docket.rows.tooMany", MAX_ROWS));
        throw new IllegalStateException("too many rows");
      }
      if (!record.isConsistent()) {
        problem(row, "", Phrase.of("docket.row.values", record.size(), headerToColumn.size()));
        return;
      }
      Map<String, String> v = new HashMap<>();
      headerToColumn.forEach((header, column) -> v.put(column, record.get(header)));
      ReferralRequest request = toRequest(row, v);
      if (request == null) {
        return;
      }
      ReferralValidator.Result checked = ReferralValidator.check(request, clock);
      if (checked instanceof ReferralValidator.Invalid invalid) {
        invalid.errors().forEach(e -> problem(row, DocketColumns.columnOf(e.field()), DocketColumns.describe(e)));
        return;
      }
      ValidReferral valid = ((ReferralValidator.Valid) checked).referral();
      Court court = court(row, valid.courtCode());
      if (court == null) {
        return;
      }
      if (!seenCaseNumbers.add(court.getId() + "|" + valid.facts().courtCaseNumber())) {
        problem(row, "court_case_number", Phrase.of("docket.case.twice", valid.facts().courtCaseNumber(), court.getCode()));
        return;
      }
      batch.add(new PendingRow(row, court, valid));
      if (batch.size() >= BATCH) {
        flushBatch();
      }
    }

    private ReferralRequest toRequest(long row, Map<String, String> v) {
      List<ChargeRequest> charges = charges(row, v.getOrDefault("charges", ""));
      if (charges == null) {
        return null;
      }
      List<AliasRequest> aliases = AliasRequest.parse(v.get("aliases"), ";");
      Boolean[] flags = new Boolean[4];
      String[] flagColumns = {"prior_solicitation_offense", "prior_diversion", "registered_sex_offender", "pending_similar_charge"};
      boolean flagsOk = true;
      for (int i = 0; i < 4; i++) {
        String text = v.getOrDefault(flagColumns[i], "").strip().toLowerCase(Locale.ROOT);
        switch (text) {
          case "", "no", "n", "false", "0" -> flags[i] = false;
          case "yes", "y", "true", "1" -> flags[i] = true;
          default -> {
            problem(row, flagColumns[i], Phrase.of("docket.flag"));
            flagsOk = false;
          }
        }
      }
      if (!flagsOk) {
        return null;
      }
      return new ReferralRequest(v.get("court"), v.get("court_case_number"), v.get("tracking_number"), v.get("arrest_date"),
          v.get("arresting_agency"), v.get("referral_date"), v.get("deadline"), v.get("next_court_date"),
          new PersonRequest(v.get("first_name"), v.get("middle_name"), v.get("last_name"), aliases, v.get("date_of_birth"),
              v.get("sex"), v.get("state_id"), v.get("fbi_number"), v.get("address"), v.get("phone"), v.get("email"),
              v.get("preferred_language")),
          charges, new ScreeningRequest(flags[0], flags[1], flags[2], flags[3]));
    }

    /**
     * The charges cell: charges separated by ";", each "statute code|description". A charge written otherwise is
     * reported as what it is (null then), not as a missing field.
     */
    private List<ChargeRequest> charges(long row, String cell) {
      List<ChargeRequest> charges = new ArrayList<>();
      String[] parts = cell.split(";");
      boolean ok = true;
      for (String part : parts) {
        if (part.isBlank()) {
          continue;
        }
        int number = charges.size() + 1;
        int bar = part.indexOf('|');
        String code = bar < 0 ? part.strip() : part.substring(0, bar).strip();
        String description = bar < 0 ? "" : part.substring(bar + 1).strip();
        if (bar < 0 || code.isEmpty() || description.isEmpty() || description.indexOf('|') >= 0) {
          problem(row, "charges", Phrase.of("docket.charge.malformed", number, part.strip(), Phrase.of(bar < 0 ? "docket.charge.noDescription"
              : code.isEmpty() ? "docket.charge.noStatute" : description.isEmpty() ? "docket.charge.noDescription" : "docket.charge.twoBars"),
              DocketColumns.CHARGES_EXAMPLE));
          ok = false;
        }
        charges.add(new ChargeRequest(code, description));
      }
      if (charges.isEmpty()) {
        problem(row, "charges", Phrase.of("docket.charges.none", DocketColumns.CHARGES_EXAMPLE));
        return null;
      }
      return ok ? charges : null;
    }

    private Court court(long row, String code) {
      Court court = courtsByCode.computeIfAbsent(code, c -> courts.findByCode(c, scope.programId()).orElse(null));
      var refused = ReferralRegistrar.courtProblem(code, court, scope);
      refused.ifPresent(problem -> problem(row, "court", problem));
      return refused.isPresent() ? null : court;
    }

    void flushBatch() {
      if (batch.isEmpty()) {
        return;
      }
      long started = System.nanoTime();
      Map<Long, List<PendingRow>> byCourt = new HashMap<>();
      batch.forEach(p -> byCourt.computeIfAbsent(p.court().getId(), k -> new ArrayList<>()).add(p));
      byCourt.forEach((courtId, rows) -> {
        Map<String, Long> taken = referrals.existingCaseNumbers(courtId, rows.stream().map(p -> p.valid().facts().courtCaseNumber()).toList());
        rows.stream().filter(p -> taken.containsKey(p.valid().facts().courtCaseNumber())).forEach(p -> problem(p.row(), "court_case_number",
            "Court " + p.court().getCode() + " already referred case " + p.valid().facts().courtCaseNumber() + " (referral "
                + taken.get(p.valid().facts().courtCaseNumber()) + ")."));
      });
      duplicateCheckNanos += System.nanoTime() - started;
      started = System.nanoTime();
      if (problemCount == 0) {
        for (Referral r : registrar.registerAll(batch.stream().map(PendingRow::court).toList(),
            batch.stream().map(PendingRow::valid).toList(), scope.userId(), policy, revision())) {
          imported++;
          if (r.getScreeningResult() == EligibilityResult.ELIGIBLE) {
            eligible++;
          }
        }
      }
      storeNanos += System.nanoTime() - started;
      batch.clear();
    }

    void problem(long row, String column, String message) {
      problem(row, column, Phrase.text(message));
    }

    void problem(long row, String column, Phrase problem) {
      problemCount++;
      if (problems.size() < MAX_REPORTED) {
        problems.add(new ImportProblem(row, column, problem));
      }
    }

    DocketRejectedException rejection() {
      return new DocketRejectedException(problems, problemCount);
    }
  }

  private record PendingRow(long row, Court court, ValidReferral valid) {}

  /** Counts bytes as the parser reads them. */
  private static final class CountingInputStream extends java.io.FilterInputStream {
    private final LongConsumer listener;
    private long count;

    CountingInputStream(InputStream in, LongConsumer listener) {
      super(in);
      this.listener = listener == null ? n -> { } : listener;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        listener.accept(++count);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
        listener.accept(count);
      }
      return n;
    }
  }
}
