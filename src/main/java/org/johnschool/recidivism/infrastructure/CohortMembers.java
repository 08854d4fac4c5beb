package org.johnschool.recidivism.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.johnschool.recidivism.domain.AgeBand;
import org.johnschool.recidivism.domain.CohortDefinition;
import org.johnschool.recidivism.domain.CohortMember;
import org.johnschool.recidivism.domain.OutcomeGroup;

/**
 * Reads the cases of a cohort in one query. A case's outcome group: the historical outcome if imported; else
 * COMPLETED when it completed, FAILED when it failed after taking a seat, NEVER_ENROLLED when it failed without one,
 * INELIGIBLE when screened (or overridden) so; open cases belong to no group. The index event is the exit date for
 * participants and the referral date for the others. Sealed cases are left out. A re-arrest is a linked (or
 * confirmed) arrest record of the person dated after the index, in the category asked for.
 */
public final class CohortMembers {

  /** The outcome group of a referral row {@code r}, as {@link OutcomeGroup} defines them (SQL). */
  static final String GROUP = "case when r.historical_outcome is not null then r.historical_outcome "
      + "when r.completed_on is not null then 'COMPLETED' "
      + "when r.failed_on is not null then case when exists (select 1 from enrollment e where e.referral_id = r.id and e.status <> 'WAITLISTED') "
      + "  then 'FAILED' else 'NEVER_ENROLLED' end "
      + "when coalesce(r.override_result, r.screening_result) = 'INELIGIBLE' then 'INELIGIBLE' end";

  /** The day a participant left the program: recorded in the old records, or the day the case completed or failed (SQL). */
  static final String EXIT_DATE = "coalesce(r.exit_date, r.completed_on, r.failed_on)";

  /** The index event of a case of group {@code g.grp}: exit for participants ({@link OutcomeGroup#participant()}), else referral. */
  static final String INDEX_DATE = "case when g.grp in (" + java.util.Arrays.stream(OutcomeGroup.values()).filter(OutcomeGroup::participant)
      .map(g -> "'" + g.name() + "'").collect(Collectors.joining(", ")) + ") then " + EXIT_DATE + " else r.referral_date end";

  /** Cases of the program with group, index date, court and birth date, before any filter ({@code b} in the queries). */
  public static final String BASE = "select r.id, r.person_id, c.code as court, p.date_of_birth, g.grp, " + INDEX_DATE + " as index_date "
      + "from referral r join court c on c.id = r.court_id join person p on p.id = r.person_id "
      + "cross join lateral (select " + GROUP + " as grp) g "
      + "where r.program_id = ? and r.sealed_at is null";

  private CohortMembers() {}

  /**
   * The members of a cohort and its comparison group. The cases of the program come first, once, from the covering
   * index {@code referral_cohort_idx} (V22) and materialized, so their outcome group is computed once per case; court
   * codes are mapped to ids here rather than joined: PostgreSQL cannot estimate how many cases pass the group and date
   * tests and joined the courts by a nested loop over every pair (230 ms for a program of 20,000 cases; 80 ms then; 35
   * ms with the index-date window tested in the scan). Persons are read only when the definition asks for age bands:
   * their birth dates cost one index lookup per member, a third of the query for 5,000 members.
   */
  public static List<CohortMember> read(Connection c, long programId, CohortDefinition d, LocalDate observedUntil) throws SQLException {
    Set<OutcomeGroup> groups = EnumSet.copyOf(d.outcomeGroups());
    groups.addAll(d.comparisonGroups());
    String groupList = groups.stream().map(g -> "'" + g.name() + "'").collect(Collectors.joining(", "));
    boolean byAge = !d.ageBands().isEmpty();
    String sql = "with b as materialized (select r.person_id, r.court_id, g.grp, " + INDEX_DATE + " as index_date "
        + "from referral r cross join lateral (select " + GROUP + " as grp) g where r.program_id = ? and r.sealed_at is null "
        // A case's index date is one of these two dates: testing both first spares the group's enrollment lookup for
        // the cases of other years (three in four for a five-year window of twenty years).
        + "and (r.referral_date between ? and ? or " + EXIT_DATE + " between ? and ?)) "
        + "select b.grp, b.index_date, "
        + "(select min(a.arrest_date) from arrest_link l join arrest_record a on a.id = l.arrest_record_id "
        + "  where l.person_id = b.person_id and l.state in ('LINKED', 'CONFIRMED') and a.arrest_date > b.index_date "
        + "  and a.arrest_date <= ? and (? = 'ANY' or a.offense_category = ?)), "
        + (byAge ? "p.date_of_birth from b join person p on p.id = b.person_id " : "null from b ")
        + "where b.grp in (" + groupList + ") and b.index_date between ? and ? and b.index_date <= ? "
        + (d.courts().isEmpty() ? "" : "and b.court_id = any(?) ");
    List<CohortMember> members = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setFetchSize(10_000);
      int i = 1;
      ps.setLong(i++, programId);
      for (int k = 0; k < 2; k++) {
        ps.setDate(i++, Date.valueOf(d.indexFrom()));
        ps.setDate(i++, Date.valueOf(d.indexTo()));
      }
      ps.setDate(i++, Date.valueOf(observedUntil));
      ps.setString(i++, d.offenseCategory());
      ps.setString(i++, d.offenseCategory());
      ps.setDate(i++, Date.valueOf(d.indexFrom()));
      ps.setDate(i++, Date.valueOf(d.indexTo()));
      ps.setDate(i++, Date.valueOf(observedUntil));
      if (!d.courts().isEmpty()) {
        Long[] ids = courtCodes(c, programId).entrySet().stream().filter(e -> d.courts().contains(e.getValue()))
            .map(Map.Entry::getKey).toArray(Long[]::new);
        ps.setArray(i, c.createArrayOf("int8", ids));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          // LocalDate straight from the driver: getDate() goes through a Calendar and a time zone (an eighth of the
          // report's JVM time for 5,000 members).
          LocalDate index = rs.getObject(2, LocalDate.class);
          if (byAge && !d.ageBands().contains(AgeBand.at(rs.getObject(4, LocalDate.class), index))) {
            continue;
          }
          members.add(new CohortMember(OutcomeGroup.valueOf(rs.getString(1)), index, rs.getObject(3, LocalDate.class)));
        }
      }
    }
    return members;
  }

  /** The codes of the program's courts, by id. */
  private static Map<Long, String> courtCodes(Connection c, long programId) throws SQLException {
    Map<Long, String> codes = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("select id, code from court where program_id = ?")) {
      ps.setLong(1, programId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          codes.put(rs.getLong(1), rs.getString(2));
        }
      }
    }
    return codes;
  }

  /** The end of observed data: the day of the program's latest arrest-record import, or null before the first. */
  public static LocalDate observedUntil(Connection c, long programId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select max(imported_at) from arrest_import where program_id = ? and row_count > 0")) {
      ps.setLong(1, programId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        var t = rs.getTimestamp(1);
        return t == null ? null : t.toLocalDateTime().toLocalDate();
      }
    }
  }
}
