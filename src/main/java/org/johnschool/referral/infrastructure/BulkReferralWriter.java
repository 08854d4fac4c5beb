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
 * Writes a batch of new referrals with PostgreSQL's COPY: person, aliases, referral, charges, and
 * for each table its audit rows under one revision, so a docket file of any size streams through
 * with flat memory. Ids come from the same sequences Hibernate uses: each value V of a sequence
 * (increment 50) is a block V-49..V-1, the same block Hibernate's pooled optimizer would use.
 */
final class BulkReferralWriter {

  private static final int BLOCK = 50;
  private static final FindingsConverter FINDINGS = new FindingsConverter();

  private final Connection connection;
  /** The rows' created and modified stamp (from the application's clock). */
  private final Instant now;

  BulkReferralWriter(Connection connection, Instant now) {
    this.connection = connection;
    this.now = now;
  }

  void write(List<Referral> referrals, long referringUserId, long revision) throws SQLException {
    int aliasCount = referrals.stream().mapToInt(r -> r.getPerson().getAliases().size()).sum();
    int chargeCount = referrals.stream().mapToInt(r -> r.getCharges().size()).sum();
    Deque<Long> personIds = ids("person_seq", referrals.size());
    Deque<Long> referralIds = ids("referral_seq", referrals.size());
    Deque<Long> aliasIds = ids("person_alias_seq", aliasCount);
    Deque<Long> chargeIds = ids("charge_seq", chargeCount);
    Deque<Long> changeIds = ids("referral_status_change_seq", referrals.stream().mapToInt(r -> r.getStatusChanges().size()).sum());

    CopyRows person = new CopyRows("person (id, program_id, pseudonym, first_name, middle_name, last_name, date_of_birth, sex, state_id,"
        + " fbi_number, address, phone, email, preferred_language, version, created_at, modified_at)");
    CopyRows alias = new CopyRows("person_alias (id, person_id, first_name, last_name)");
    CopyRows referral = new CopyRows("referral (id, program_id, court_id, person_id, court_case_number, tracking_number, arrest_date,"
        + " arresting_agency, referral_date, deadline, next_court_date, referring_user_id, status,"
        + " declared_prior_offense, declared_prior_diversion, declared_registered_offender, declared_pending_similar,"
        + " screening_result, screening_findings, screened_at, version, created_at, modified_at)");
    CopyRows charge = new CopyRows("charge (id, referral_id, sequence_no, statute_code, description)");
    CopyRows change = new CopyRows("referral_status_change (id, referral_id, program_id, court_id, from_status, to_status, reason, changed_at)");
    // The "added" audit rows (revtype 0) under the import's revision, as Envers would write them.
    CopyRows personAud = new CopyRows("person_aud (id, rev, revtype, program_id, pseudonym, first_name, middle_name, last_name, date_of_birth,"
        + " sex, state_id, fbi_number, address, phone, email, preferred_language, created_at, modified_at)");
    CopyRows aliasAud = new CopyRows("person_alias_aud (id, rev, revtype, person_id, first_name, last_name)");
    CopyRows referralAud = new CopyRows("referral_aud (id, rev, revtype, program_id, court_id, person_id, court_case_number, tracking_number,"
        + " arrest_date, arresting_agency, referral_date, deadline, next_court_date, referring_user_id, status,"
        + " declared_prior_offense, declared_prior_diversion, declared_registered_offender, declared_pending_similar,"
        + " screening_result, screening_findings, screened_at, created_at, modified_at)");
    CopyRows chargeAud = new CopyRows("charge_aud (id, rev, revtype, referral_id, sequence_no, statute_code, description)");
    for (Referral r : referrals) {
      Person p = r.getPerson();
      long personId = personIds.pop();
      person.row(personId, r.getProgram().getId(), p.getPseudonym(), p.getFirstName(), p.getMiddleName(), p.getLastName(),
          p.getDateOfBirth(), p.getSex().name(), p.getStateId(), p.getFbiNumber(), p.getAddress(), p.getPhone(), p.getEmail(),
          p.getPreferredLanguage(), 0, now, now);
      personAud.row(personId, revision, 0, r.getProgram().getId(), p.getPseudonym(), p.getFirstName(), p.getMiddleName(), p.getLastName(),
          p.getDateOfBirth(), p.getSex().name(), p.getStateId(), p.getFbiNumber(), p.getAddress(), p.getPhone(), p.getEmail(),
          p.getPreferredLanguage(), now, now);
      for (PersonAlias a : p.getAliases()) {
        long aliasId = aliasIds.pop();
        alias.row(aliasId, personId, a.getFirstName(), a.getLastName());
        aliasAud.row(aliasId, revision, 0, personId, a.getFirstName(), a.getLastName());
      }
      long referralId = referralIds.pop();
      String findings = FINDINGS.convertToDatabaseColumn(r.getFindings());
      String screening = r.getScreeningResult() == null ? null : r.getScreeningResult().name();
      referral.row(referralId, r.getProgram().getId(), r.getCourt().getId(), personId, r.getCourtCaseNumber(), r.getTrackingNumber(),
          r.getArrestDate(), r.getArrestingAgency(), r.getReferralDate(), r.getDeadline(), r.getNextCourtDate(), referringUserId,
          r.getStatus().name(), r.isDeclaredPriorOffense(), r.isDeclaredPriorDiversion(), r.isDeclaredRegisteredOffender(),
          r.isDeclaredPendingSimilar(), screening, findings, r.getScreenedAt(), 0, now, now);
      referralAud.row(referralId, revision, 0, r.getProgram().getId(), r.getCourt().getId(), personId, r.getCourtCaseNumber(),
          r.getTrackingNumber(), r.getArrestDate(), r.getArrestingAgency(), r.getReferralDate(), r.getDeadline(), r.getNextCourtDate(),
          referringUserId, r.getStatus().name(), r.isDeclaredPriorOffense(), r.isDeclaredPriorDiversion(),
          r.isDeclaredRegisteredOffender(), r.isDeclaredPendingSimilar(), screening, findings, r.getScreenedAt(), now, now);
      for (StatusChange c : r.getStatusChanges()) {
        change.row(changeIds.pop(), referralId, r.getProgram().getId(), r.getCourt().getId(), c.getFrom() == null ? null : c.getFrom().name(),
            c.getTo().name(), c.getReason(), c.getChangedAt());
      }
      for (Charge c : r.getCharges()) {
        long chargeId = chargeIds.pop();
        charge.row(chargeId, referralId, c.getSequence(), c.getStatuteCode(), c.getDescription());
        chargeAud.row(chargeId, revision, 0, referralId, c.getSequence(), c.getStatuteCode(), c.getDescription());
      }
    }
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    person.send(copy);
    alias.send(copy);
    referral.send(copy);
    charge.send(copy);
    change.send(copy);
    personAud.send(copy);
    aliasAud.send(copy);
    referralAud.send(copy);
    chargeAud.send(copy);
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
}
