package org.johnschool.referral.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.johnschool.platform.CopyRows;
import org.johnschool.referral.domain.Charge;
import org.johnschool.referral.domain.FindingsConverter;
import org.johnschool.referral.domain.Person;
import org.johnschool.referral.domain.PersonAlias;
import org.johnschool.referral.domain.Referral;
import org.johnschool.referral.domain.StatusChange;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The one bulk writer of new cases (the docket import and the historical import): person, aliases, referral, charges,
 * status changes, and for each audited table its "added" audit rows under one revision, sent with PostgreSQL's COPY so a
 * file of any size streams through with flat memory. Each table's columns are listed once below, each with the entity
 * value it holds; {@code BulkReferralWriterTest} keeps the lists equal to the entities' JPA mapping, so a column added to
 * an entity cannot be left out here. Ids come from the sequences Hibernate uses, in the blocks its pooled optimizer uses.
 */
final class BulkReferralWriter {

  /** The sequences' increment and Hibernate's allocation size. */
  static final int BLOCK = 50;
  private static final FindingsConverter FINDINGS = new FindingsConverter();

  /** A column of one table: its name, the value a new row holds, and whether Envers audits it. */
  record Column<T>(String name, Function<T, Object> value, boolean audited) {}

  /** A table the writer fills: its id and (for a child row) parent column, then its columns. */
  record Table<T>(String name, String parent, boolean stamped, boolean audited, List<Column<T>> columns) {

    /** Every column a row of this table is written with, in order. */
    List<String> columnNames() {
      List<String> names = new ArrayList<>();
      names.add("id");
      if (parent != null) {
        names.add(parent);
      }
      columns.forEach(c -> names.add(c.name()));
      if (stamped) {
        names.addAll(List.of("version", "created_at", "modified_at"));
      }
      return names;
    }

    /** The columns of its audit table ({@code name_aud}) the "added" row fills. */
    List<String> auditColumnNames() {
      List<String> names = new ArrayList<>(List.of("id", "rev", "revtype"));
      if (parent != null) {
        names.add(parent);
      }
      columns.stream().filter(Column::audited).forEach(c -> names.add(c.name()));
      if (stamped) {
        names.addAll(List.of("created_at", "modified_at"));
      }
      return names;
    }

    CopyRows rows() {
      return new CopyRows(name + " (" + String.join(", ", columnNames()) + ")");
    }

    CopyRows auditRows() {
      return new CopyRows(name + "_aud (" + String.join(", ", auditColumnNames()) + ")");
    }

    Object[] row(long id, Long parentId, T entity, Instant now) {
      List<Object> values = new ArrayList<>(columns.size() + 5);
      values.add(id);
      if (parent != null) {
        values.add(parentId);
      }
      columns.forEach(c -> values.add(plain(c.value().apply(entity))));
      if (stamped) {
        values.addAll(List.of(0, now, now));
      }
      return values.toArray();
    }

    Object[] auditRow(long id, long revision, Long parentId, T entity, Instant now) {
      List<Object> values = new ArrayList<>(columns.size() + 5);
      values.addAll(List.of(id, revision, 0));
      if (parent != null) {
        values.add(parentId);
      }
      columns.stream().filter(Column::audited).forEach(c -> values.add(plain(c.value().apply(entity))));
      if (stamped) {
        values.addAll(List.of(now, now));
      }
      return values.toArray();
    }

    private static Object plain(Object value) {
      return value instanceof Enum<?> e ? e.name() : value;
    }
  }

  private static <T> Column<T> audited(String name, Function<T, Object> value) {
    return new Column<>(name, value, true);
  }

  private static <T> Column<T> notAudited(String name, Function<T, Object> value) {
    return new Column<>(name, value, false);
  }

  static final Table<Person> PERSON = new Table<>("person", null, true, true, List.of(
      audited("program_id", p -> p.getProgram().getId()),
      audited("pseudonym", Person::getPseudonym),
      audited("first_name", Person::getFirstName),
      audited("middle_name", Person::getMiddleName),
      audited("last_name", Person::getLastName),
      audited("date_of_birth", Person::getDateOfBirth),
      audited("sex", Person::getSex),
      audited("state_id", Person::getStateId),
      audited("fbi_number", Person::getFbiNumber),
      audited("address", Person::getAddress),
      audited("phone", Person::getPhone),
      audited("email", Person::getEmail),
      audited("preferred_language", Person::getPreferredLanguage)));

  static final Table<PersonAlias> ALIAS = new Table<>("person_alias", "person_id", false, true, List.of(
      audited("first_name", PersonAlias::getFirstName),
      audited("last_name", PersonAlias::getLastName)));

  static final Table<Referral> REFERRAL = new Table<>("referral", "person_id", true, true, List.of(
      audited("program_id", r -> r.getProgram().getId()),
      audited("court_id", r -> r.getCourt().getId()),
      audited("court_case_number", Referral::getCourtCaseNumber),
      audited("tracking_number", Referral::getTrackingNumber),
      audited("arrest_date", Referral::getArrestDate),
      audited("arresting_agency", Referral::getArrestingAgency),
      audited("referral_date", Referral::getReferralDate),
      audited("deadline", Referral::getDeadline),
      audited("next_court_date", Referral::getNextCourtDate),
      audited("referring_user_id", r -> r.getReferringUser() == null ? null : r.getReferringUser().getId()),
      audited("status", Referral::getStatus),
      audited("declared_prior_offense", Referral::isDeclaredPriorOffense),
      audited("declared_prior_diversion", Referral::isDeclaredPriorDiversion),
      audited("declared_registered_offender", Referral::isDeclaredRegisteredOffender),
      audited("declared_pending_similar", Referral::isDeclaredPendingSimilar),
      audited("screening_findings", r -> FINDINGS.convertToDatabaseColumn(r.getFindings())),
      audited("screening_result", Referral::getScreeningResult),
      audited("screened_at", Referral::getScreenedAt),
      audited("override_result", Referral::getOverrideResult),
      audited("override_justification", Referral::getOverrideJustification),
      audited("overridden_by", Referral::getOverriddenBy),
      audited("overridden_at", Referral::getOverriddenAt),
      audited("completed_on", Referral::getCompletedOn),
      audited("completion_override_reason", Referral::getCompletionOverrideReason),
      audited("completed_by", Referral::getCompletedBy),
      audited("failed_on", Referral::getFailedOn),
      audited("failure_reason", Referral::getFailureReason),
      audited("failure_ground", Referral::getFailureGround),
      audited("disposition_category", Referral::getDispositionCategory),
      audited("disposition_date", Referral::getDispositionDate),
      audited("disposition_description", Referral::getDispositionDescription),
      audited("disposition_recorded_by", Referral::getDispositionRecordedBy),
      audited("sealed_at", Referral::getSealedAt),
      notAudited("historical_outcome", Referral::getHistoricalOutcome),
      notAudited("historical_import_id", Referral::getHistoricalImportId),
      notAudited("exit_date", Referral::getExitDate),
      audited("sealing_basis", Referral::getSealingBasis),
      audited("sealing_order_date", Referral::getSealingOrderDate)));

  static final Table<Charge> CHARGE = new Table<>("charge", "referral_id", false, true, List.of(
      audited("sequence_no", Charge::getSequence),
      audited("statute_code", Charge::getStatuteCode),
      audited("description", Charge::getDescription)));

  static final Table<StatusChange> STATUS_CHANGE = new Table<>("referral_status_change", "referral_id", false, false, List.of(
      // its case's program and court (JPA copies them when it persists a change; COPY goes around that)
      notAudited("program_id", c -> c.getReferral().getProgram().getId()),
      notAudited("court_id", c -> c.getReferral().getCourt().getId()),
      notAudited("from_status", StatusChange::getFrom),
      notAudited("to_status", StatusChange::getTo),
      notAudited("reason", StatusChange::getReason),
      notAudited("changed_at", StatusChange::getChangedAt),
      notAudited("kind", StatusChange::getKind)));

  /** Each table with the entity class it maps (for the mapping test). */
  static final Map<Class<?>, Table<?>> TABLES = Map.of(
      Person.class, PERSON, PersonAlias.class, ALIAS, Referral.class, REFERRAL, Charge.class, CHARGE, StatusChange.class, STATUS_CHANGE);

  private final Connection connection;
  /** The rows' created and modified stamp (from the application's clock). */
  private final Instant now;

  BulkReferralWriter(Connection connection, Instant now) {
    this.connection = connection;
    this.now = now;
  }

  /** Writes the new referrals (each with its own new person) and their audit rows under {@code revision}. */
  void write(List<Referral> referrals, long revision) throws SQLException {
    Deque<Long> personIds = ids("person_seq", referrals.size());
    Deque<Long> referralIds = ids("referral_seq", referrals.size());
    Deque<Long> aliasIds = ids("person_alias_seq", referrals.stream().mapToInt(r -> r.getPerson().getAliases().size()).sum());
    Deque<Long> chargeIds = ids("charge_seq", referrals.stream().mapToInt(r -> r.getCharges().size()).sum());
    Deque<Long> changeIds = ids("referral_status_change_seq", referrals.stream().mapToInt(r -> r.getStatusChanges().size()).sum());

    CopyRows person = PERSON.rows();
    CopyRows alias = ALIAS.rows();
    CopyRows referral = REFERRAL.rows();
    CopyRows charge = CHARGE.rows();
    CopyRows change = STATUS_CHANGE.rows();
    CopyRows personAud = PERSON.auditRows();
    CopyRows aliasAud = ALIAS.auditRows();
    CopyRows referralAud = REFERRAL.auditRows();
    CopyRows chargeAud = CHARGE.auditRows();
    for (Referral r : referrals) {
      Person p = r.getPerson();
      long personId = personIds.pop();
      person.row(PERSON.row(personId, null, p, now));
      personAud.row(PERSON.auditRow(personId, revision, null, p, now));
      for (PersonAlias a : p.getAliases()) {
        long aliasId = aliasIds.pop();
        alias.row(ALIAS.row(aliasId, personId, a, now));
        aliasAud.row(ALIAS.auditRow(aliasId, revision, personId, a, now));
      }
      long referralId = referralIds.pop();
      referral.row(REFERRAL.row(referralId, personId, r, now));
      referralAud.row(REFERRAL.auditRow(referralId, revision, personId, r, now));
      for (StatusChange c : r.getStatusChanges()) {
        change.row(STATUS_CHANGE.row(changeIds.pop(), referralId, c, now));
      }
      for (Charge c : r.getCharges()) {
        long chargeId = chargeIds.pop();
        charge.row(CHARGE.row(chargeId, referralId, c, now));
        chargeAud.row(CHARGE.auditRow(chargeId, revision, referralId, c, now));
      }
    }
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    for (CopyRows rows : List.of(person, alias, referral, charge, change, personAud, aliasAud, referralAud, chargeAud)) {
      rows.send(copy);
    }
  }

  /**
   * {@code count} new ids of a sequence Hibernate also draws from. Each value V the sequence gives (increment
   * {@value #BLOCK}) is a block Hibernate's pooled optimizer would have taken as V-49..V; this writer takes V-49..V-1 of it,
   * so the ids the two hand out never meet.
   */
  private Deque<Long> ids(String sequence, int count) throws SQLException {
    Deque<Long> ids = new ArrayDeque<>(count);
    while (ids.size() < count) {
      int blocks = (count - ids.size()) / (BLOCK - 1) + 1;
      try (PreparedStatement ps = connection.prepareStatement("select nextval('" + sequence + "') from generate_series(1, ?)")) {
        ps.setInt(1, blocks);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long hi = rs.getLong(1);
            if (hi < BLOCK) {
              continue;
            }
            for (long id = hi - (BLOCK - 1); id < hi && ids.size() < count; id++) {
              ids.add(id);
            }
          }
        }
      }
    }
    return ids;
  }
}
