package org.johnschool.referral.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.johnschool.referral.domain.Charge;
import org.johnschool.referral.domain.FindingsConverter;
import org.johnschool.referral.domain.Person;
import org.johnschool.referral.domain.PersonAlias;
import org.johnschool.referral.domain.Referral;

/**
 * Writes a batch of new referrals with plain JDBC batches: person, aliases, referral, charges, and
 * for each table its audit rows under one revision, so a docket file of any size streams through
 * with flat memory. Ids come from the same sequences Hibernate uses: each value V of a sequence
 * (increment 50) is a block V-49..V-1, the same block Hibernate's pooled optimizer would use.
 */
final class BulkReferralWriter {

  private static final int BLOCK = 50;
  private static final FindingsConverter FINDINGS = new FindingsConverter();

  private final Connection connection;

  BulkReferralWriter(Connection connection) {
    this.connection = connection;
  }

  void write(List<Referral> referrals, long referringUserId, long revision) throws SQLException {
    int aliasCount = referrals.stream().mapToInt(r -> r.getPerson().getAliases().size()).sum();
    int chargeCount = referrals.stream().mapToInt(r -> r.getCharges().size()).sum();
    Deque<Long> personIds = ids("person_seq", referrals.size());
    Deque<Long> referralIds = ids("referral_seq", referrals.size());
    Deque<Long> aliasIds = ids("person_alias_seq", aliasCount);
    Deque<Long> chargeIds = ids("charge_seq", chargeCount);
    Timestamp now = Timestamp.from(Instant.now());
    List<Long> writtenPeople = new ArrayList<>();
    List<Long> writtenReferrals = new ArrayList<>();
    List<Long> writtenAliases = new ArrayList<>();
    List<Long> writtenCharges = new ArrayList<>();

    try (PreparedStatement person = connection.prepareStatement(
            "insert into person (id, program_id, pseudonym, first_name, middle_name, last_name, date_of_birth, sex, state_id,"
                + " fbi_number, address, phone, email, preferred_language, version, created_at, modified_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)");
        PreparedStatement alias = connection.prepareStatement(
            "insert into person_alias (id, person_id, first_name, last_name) values (?, ?, ?, ?)");
        PreparedStatement referral = connection.prepareStatement(
            "insert into referral (id, program_id, court_id, person_id, court_case_number, tracking_number, arrest_date,"
                + " arresting_agency, referral_date, deadline, next_court_date, referring_user_id, status,"
                + " declared_prior_offense, declared_prior_diversion, declared_registered_offender, declared_pending_similar,"
                + " screening_result, screening_findings, screened_at, version, created_at, modified_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)");
        PreparedStatement charge = connection.prepareStatement(
            "insert into charge (id, referral_id, sequence_no, statute_code, description) values (?, ?, ?, ?, ?)")) {
      for (Referral r : referrals) {
        Person p = r.getPerson();
        long personId = personIds.pop();
        writtenPeople.add(personId);
        int i = 1;
        person.setLong(i++, personId);
        person.setLong(i++, r.getProgram().getId());
        person.setObject(i++, p.getPseudonym());
        person.setString(i++, p.getFirstName());
        person.setString(i++, p.getMiddleName());
        person.setString(i++, p.getLastName());
        person.setDate(i++, date(p.getDateOfBirth()));
        person.setString(i++, p.getSex().name());
        person.setString(i++, p.getStateId());
        person.setString(i++, p.getFbiNumber());
        person.setString(i++, p.getAddress());
        person.setString(i++, p.getPhone());
        person.setString(i++, p.getEmail());
        person.setString(i++, p.getPreferredLanguage());
        person.setTimestamp(i++, now);
        person.setTimestamp(i, now);
        person.addBatch();

        for (PersonAlias a : p.getAliases()) {
          long aliasId = aliasIds.pop();
          writtenAliases.add(aliasId);
          alias.setLong(1, aliasId);
          alias.setLong(2, personId);
          alias.setString(3, a.getFirstName());
          alias.setString(4, a.getLastName());
          alias.addBatch();
        }

        long referralId = referralIds.pop();
        writtenReferrals.add(referralId);
        i = 1;
        referral.setLong(i++, referralId);
        referral.setLong(i++, r.getProgram().getId());
        referral.setLong(i++, r.getCourt().getId());
        referral.setLong(i++, personId);
        referral.setString(i++, r.getCourtCaseNumber());
        referral.setString(i++, r.getTrackingNumber());
        referral.setDate(i++, date(r.getArrestDate()));
        referral.setString(i++, r.getArrestingAgency());
        referral.setDate(i++, date(r.getReferralDate()));
        referral.setDate(i++, date(r.getDeadline()));
        referral.setDate(i++, date(r.getNextCourtDate()));
        referral.setLong(i++, referringUserId);
        referral.setString(i++, r.getStatus().name());
        referral.setBoolean(i++, r.isDeclaredPriorOffense());
        referral.setBoolean(i++, r.isDeclaredPriorDiversion());
        referral.setBoolean(i++, r.isDeclaredRegisteredOffender());
        referral.setBoolean(i++, r.isDeclaredPendingSimilar());
        if (r.getScreeningResult() == null) {
          referral.setNull(i++, Types.VARCHAR);
        } else {
          referral.setString(i++, r.getScreeningResult().name());
        }
        referral.setString(i++, FINDINGS.convertToDatabaseColumn(r.getFindings()));
        referral.setTimestamp(i++, r.getScreenedAt() == null ? null : Timestamp.from(r.getScreenedAt()));
        referral.setTimestamp(i++, now);
        referral.setTimestamp(i, now);
        referral.addBatch();

        for (Charge c : r.getCharges()) {
          long chargeId = chargeIds.pop();
          writtenCharges.add(chargeId);
          charge.setLong(1, chargeId);
          charge.setLong(2, referralId);
          charge.setInt(3, c.getSequence());
          charge.setString(4, c.getStatuteCode());
          charge.setString(5, c.getDescription());
          charge.addBatch();
        }
      }
      person.executeBatch();
      alias.executeBatch();
      referral.executeBatch();
      charge.executeBatch();
    }

    audit("person", "program_id, pseudonym, first_name, middle_name, last_name, date_of_birth, sex, state_id, fbi_number,"
        + " address, phone, email, preferred_language, created_at, modified_at", writtenPeople, revision);
    audit("person_alias", "person_id, first_name, last_name", writtenAliases, revision);
    audit("referral", "program_id, court_id, person_id, court_case_number, tracking_number, arrest_date, arresting_agency,"
        + " referral_date, deadline, next_court_date, referring_user_id, status, declared_prior_offense,"
        + " declared_prior_diversion, declared_registered_offender, declared_pending_similar, screening_result,"
        + " screening_findings, screened_at, override_result, override_justification, overridden_by, overridden_at,"
        + " created_at, modified_at", writtenReferrals, revision);
    audit("charge", "referral_id, sequence_no, statute_code, description", writtenCharges, revision);
  }

  /** The "added" audit rows of the rows just written, as Envers would have written them (revtype 0). */
  private void audit(String table, String columns, List<Long> ids, long revision) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = connection.prepareStatement("insert into " + table + "_aud (id, rev, revtype, " + columns
        + ") select id, ?, 0, " + columns + " from " + table + " where id = any(?)")) {
      ps.setLong(1, revision);
      ps.setArray(2, connection.createArrayOf("int8", ids.toArray()));
      ps.executeUpdate();
    }
  }

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
            for (long id = hi - (BLOCK - 1); id < hi; id++) {
              ids.add(id);
            }
          }
        }
      }
    }
    return ids;
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }
}
