package org.johnschool.linkage.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.linkage.domain.ArrestLink;
import org.johnschool.linkage.domain.LinkEvidence;
import org.johnschool.platform.NotFoundException;

/**
 * The review queue: pairs scored between the two thresholds (highest first), shown side by side; a reviewer
 * confirms or rejects each (Envers records who and when, the link keeps the note). Links made automatically can be
 * looked up and undone the same way.
 */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class LinkReviews {

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final String SELECT = "select l.id, l.state, l.ambiguous, l.score, l.evidence, "
      + "p.id, p.first_name, p.last_name, p.date_of_birth, p.sex, p.state_id, p.fbi_number, "
      + "(select string_agg(coalesce(a.first_name || ' ', '') || a.last_name, '|' order by a.id) from person_alias a where a.person_id = p.id), "
      + "(select string_agg(c.code || ' ' || r.court_case_number, '|' order by r.referral_date) from referral r join court c on c.id = r.court_id "
      + "   where r.person_id = p.id), "
      + "a.id, a.source_record_id, a.first_name, a.last_name, a.date_of_birth, a.sex, a.state_id, a.fbi_number, a.arrest_date, a.agency, "
      + "a.statute, a.offense_category, l.decided_by, l.decided_at, l.decision_note "
      + "from arrest_link l join person p on p.id = l.person_id join arrest_record a on a.id = l.arrest_record_id ";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** The pairs in one state (REVIEW: the queue), highest score first. */
  public LinkReview.Page list(StaffScope scope, ArrestLink.State state, int offset, int limit) {
    long total = ((Number) em.createNativeQuery("select count(*) from arrest_link where program_id = ?1 and state = ?2")
        .setParameter(1, scope.programId()).setParameter(2, state.name()).getSingleResult()).longValue();
    List<LinkReview> items = new ArrayList<>();
    for (Object o : em.createNativeQuery(SELECT + "where l.program_id = ?1 and l.state = ?2 order by l.score desc, l.id")
        .setParameter(1, scope.programId()).setParameter(2, state.name()).setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, 1000)))
        .getResultList()) {
      items.add(review((Object[]) o));
    }
    return new LinkReview.Page(total, offset, items);
  }

  public LinkReview get(StaffScope scope, long linkId) {
    List<?> rows = em.createNativeQuery(SELECT + "where l.program_id = ?1 and l.id = ?2")
        .setParameter(1, scope.programId()).setParameter(2, linkId).getResultList();
    if (rows.isEmpty()) {
      throw new NotFoundException("There is no such pair.");
    }
    return review((Object[]) rows.get(0));
  }

  /** The reviewer's decision: {@code match} confirms the pair, otherwise it is rejected and never proposed again. */
  public LinkReview decide(StaffScope scope, long linkId, boolean match, String note) {
    ArrestLink link = em.find(ArrestLink.class, linkId);
    if (link == null || link.getProgramId() != scope.programId()) {
      throw new NotFoundException("There is no such pair.");
    }
    if (match) {
      link.confirm(scope.username(), note, clock.instant());
    } else {
      link.reject(scope.username(), note, clock.instant());
    }
    em.flush();
    return get(scope, linkId);
  }

  private static LinkReview review(Object[] r) {
    LinkEvidence evidence = JSON.fromJson((String) r[4], LinkEvidence.class);
    var person = new LinkReview.PersonSide(num(r[5]), (String) r[6], (String) r[7], split(r[12]), date(r[8]), text(r[9]), (String) r[10],
        (String) r[11], split(r[13]));
    var record = new LinkReview.RecordSide(num(r[14]), (String) r[15], (String) r[16], (String) r[17], date(r[18]), text(r[19]),
        (String) r[20], (String) r[21], date(r[22]), (String) r[23], (String) r[24], (String) r[25]);
    java.time.Instant decidedAt = r[27] == null ? null
        : r[27] instanceof java.time.Instant i ? i : r[27] instanceof java.sql.Timestamp t ? t.toInstant() : ((java.time.OffsetDateTime) r[27]).toInstant();
    return new LinkReview(num(r[0]), (String) r[1], (Boolean) r[2], ((Number) r[3]).doubleValue(), evidence, person, record, (String) r[26],
        decidedAt, (String) r[28]);
  }

  /** Text of a column (a one-character column comes back as a Character). */
  private static String text(Object o) {
    return o == null ? null : o.toString();
  }

  private static long num(Object o) {
    return ((Number) o).longValue();
  }

  private static LocalDate date(Object o) {
    return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
  }

  private static List<String> split(Object o) {
    return o == null ? List.of() : Arrays.asList(((String) o).split("\\|"));
  }
}
