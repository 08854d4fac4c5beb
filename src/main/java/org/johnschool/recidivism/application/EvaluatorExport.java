package org.johnschool.recidivism.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hibernate.Session;
import org.johnschool.identity.application.SecurityLog;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.ConflictException;
import org.johnschool.platform.Phrase;
import org.johnschool.recidivism.domain.AgeBand;
import org.johnschool.recidivism.domain.CohortDefinition;
import org.johnschool.recidivism.domain.OutcomeGroup;
import org.johnschool.recidivism.infrastructure.CohortMembers;

/**
 * The de-identified person-level export for evaluators' statistics tools: one row per case of the cohort and its
 * comparison group, with a keyed pseudonym (HMAC-SHA256 under the program's export key, which never leaves the
 * database), age band, court, outcome group, index date, follow-up, re-arrest flags and days per offense category,
 * fee and attendance summaries and pre/post scores — no name, date of birth, identifier or free text. Streams: the
 * rows are written as they are read. See {@code recidivism/export-dictionary.csv}.
 */
@Stateless
@RolesAllowed({Role.EVALUATOR_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class EvaluatorExport {

  @PersistenceContext EntityManager em;
  @jakarta.inject.Inject SecurityLog securityLog;
  @jakarta.inject.Inject Clock clock;

  /** Refuses an export before any byte is written when there is no follow-up to export. */
  public void checkReady(StaffScope scope) {
    if (em.unwrap(Session.class).doReturningWork(c -> CohortMembers.observedUntil(c, scope.programId())) == null) {
      throw new ConflictException(Phrase.of("export.noArrests"), null);
    }
  }

  public void write(StaffScope scope, CohortDefinition d, OutputStream out) {
    securityLog.exported(scope.username(), "De-identified cohort export, index " + d.indexFrom() + " to " + d.indexTo() + ", groups "
        + d.outcomeGroups() + (d.hasComparison() ? " and " + d.comparisonGroups() : ""));
    em.unwrap(Session.class).doWork(c -> {
      LocalDate until = CohortMembers.observedUntil(c, scope.programId());
      if (until == null) {
        throw new ConflictException(Phrase.of("export.noArrests"), null);
      }
      byte[] key = key(c, scope.programId(), clock.instant());
      try {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write(ExportColumns.header());
        rows(c, scope.programId(), d, until, key, w);
        w.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static void rows(Connection c, long programId, CohortDefinition d, LocalDate until, byte[] key, Writer w)
      throws SQLException, IOException {
    Set<OutcomeGroup> groups = EnumSet.copyOf(d.outcomeGroups());
    groups.addAll(d.comparisonGroups());
    String groupList = groups.stream().map(g -> "'" + g.name() + "'").collect(Collectors.joining(", "));
    String sql = "select p.pseudonym, b.court, b.grp, r.historical_import_id is not null, b.date_of_birth, b.index_date, "
        + "fa.any_first, fa.sb_first, fa.os_first, fa.v_first, fa.o_first, "
        + "fees.charged, fees.paid, fees.waived, fees.balance, att.required, att.attended, "
        + "pre.knowledge_correct, pre.knowledge_items, pre.attitude_score, post.knowledge_correct, post.knowledge_items, post.attitude_score "
        + "from (" + CohortMembers.BASE + ") b join referral r on r.id = b.id join person p on p.id = b.person_id "
        + "left join lateral (select min(a.arrest_date) as any_first, "
        + "  min(a.arrest_date) filter (where a.offense_category = 'SEX_BUYING') as sb_first, "
        + "  min(a.arrest_date) filter (where a.offense_category = 'OTHER_SEX_OFFENSE') as os_first, "
        + "  min(a.arrest_date) filter (where a.offense_category = 'VIOLENT') as v_first, "
        + "  min(a.arrest_date) filter (where a.offense_category = 'OTHER') as o_first "
        + "  from arrest_link l join arrest_record a on a.id = l.arrest_record_id "
        + "  where l.person_id = b.person_id and l.state in ('LINKED', 'CONFIRMED') and a.arrest_date > b.index_date and a.arrest_date <= ?) fa on true "
        + "left join lateral (select coalesce(sum(e.amount) filter (where e.entry_type = 'CHARGE'), 0) as charged, "
        + "  coalesce(sum(e.amount) filter (where e.entry_type = 'PAYMENT' and not exists "
        + "    (select 1 from account_entry x where x.reverses_entry_id = e.id)), 0) "
        + "  - coalesce(sum(e.amount) filter (where e.entry_type = 'REFUND'), 0) as paid, "
        + "  coalesce(sum(e.amount) filter (where e.entry_type = 'WAIVER'), 0) as waived, "
        + "  coalesce(sum(e.balance_effect), 0) as balance from account_entry e where e.referral_id = b.id) fees on true "
        + "left join lateral (select count(*) filter (where m.required) as required, count(*) filter (where m.required and m.attended) as attended "
        + "  from attendance t join module_attendance m on m.attendance_id = t.id where t.referral_id = b.id) att on true "
        + "left join test_sitting pre on pre.referral_id = b.id and pre.kind = 'PRE' and pre.status = 'SUBMITTED' "
        + "left join test_sitting post on post.referral_id = b.id and post.kind = 'POST' and post.status = 'SUBMITTED' "
        + "where b.grp in (" + groupList + ") and b.index_date between ? and ? and b.index_date <= ? "
        + (d.courts().isEmpty() ? "" : "and b.court = any(?) ")
        + "order by b.index_date, b.id";
    Mac mac;
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
    HexFormat hex = HexFormat.of();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setFetchSize(5000);
      int i = 1;
      ps.setLong(i++, programId);
      ps.setDate(i++, Date.valueOf(until));
      ps.setDate(i++, Date.valueOf(d.indexFrom()));
      ps.setDate(i++, Date.valueOf(d.indexTo()));
      ps.setDate(i++, Date.valueOf(until));
      if (!d.courts().isEmpty()) {
        ps.setArray(i, c.createArrayOf("varchar", d.courts().toArray()));
      }
      try (ResultSet rs = ps.executeQuery()) {
        StringBuilder line = new StringBuilder(256);
        while (rs.next()) {
          LocalDate index = rs.getDate(6).toLocalDate();
          AgeBand band = AgeBand.at(rs.getDate(5).toLocalDate(), index);
          if (!d.ageBands().isEmpty() && !d.ageBands().contains(band)) {
            continue;
          }
          line.setLength(0);
          String pid = hex.formatHex(mac.doFinal(rs.getString(1).getBytes(StandardCharsets.UTF_8))).substring(0, 16);
          line.append(pid).append(',').append(rs.getString(2)).append(',').append(rs.getString(3)).append(',')
              .append(rs.getBoolean(4) ? "yes" : "no").append(',').append(band.label()).append(',').append(index).append(',')
              .append(ChronoUnit.DAYS.between(index, until));
          for (int col = 7; col <= 11; col++) {
            Date first = rs.getDate(col);
            line.append(',').append(first == null ? "0" : "1").append(',');
            if (first != null) {
              line.append(ChronoUnit.DAYS.between(index, first.toLocalDate()));
            }
          }
          for (int col = 12; col <= 15; col++) {
            line.append(',').append(money(rs.getBigDecimal(col)));
          }
          line.append(',').append(rs.getLong(16)).append(',').append(rs.getLong(17));
          line.append(',').append(percent(rs, 18, 19)).append(',').append(percent(rs, 21, 22));
          line.append(',').append(decimal(rs.getBigDecimal(20))).append(',').append(decimal(rs.getBigDecimal(23))).append('\n');
          w.write(line.toString());
        }
      }
    }
  }

  private static String money(BigDecimal v) {
    return v == null ? "0.00" : v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  private static String decimal(BigDecimal v) {
    return v == null ? "" : v.stripTrailingZeros().toPlainString();
  }

  private static String percent(ResultSet rs, int correctCol, int itemsCol) throws SQLException {
    int items = rs.getInt(itemsCol);
    if (rs.wasNull() || items == 0) {
      return "";
    }
    return BigDecimal.valueOf(100.0 * rs.getInt(correctCol) / items).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /** The program's export key, made (32 random bytes) on first use ({@code now}); it never leaves the database. */
  private static byte[] key(Connection c, long programId, Instant now) throws SQLException {
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    try (PreparedStatement ps = c.prepareStatement("insert into export_key (program_id, secret, created_at) values (?, ?, ?) "
        + "on conflict (program_id) do nothing")) {
      ps.setLong(1, programId);
      ps.setBytes(2, fresh);
      ps.setTimestamp(3, Timestamp.from(now));
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("select secret from export_key where program_id = ?")) {
      ps.setLong(1, programId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBytes(1);
      }
    }
  }
}
