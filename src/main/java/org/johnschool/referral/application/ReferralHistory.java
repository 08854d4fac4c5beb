package org.johnschool.referral.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.AuditRevision;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.NotFoundException;
import org.johnschool.referral.domain.Person;
import org.johnschool.referral.domain.Referral;
import org.johnschool.referral.domain.Referrals;

/** A referral's full history for an admin: every recorded change with who, when, from where and what. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ReferralHistory {

  @Inject Referrals referrals;
  @PersistenceContext EntityManager em;

  /** One recorded change of the referral or its person. */
  public record Entry(long revision, Instant at, String who, String from, String record, String kind, List<Change> changes) implements java.io.Serializable {}

  /** One field's value before and after. */
  public record Change(String field, String before, String after) implements java.io.Serializable {}

  public List<Entry> of(long referralId, StaffScope scope) {
    Referral current = referrals.find(referralId, scope).orElseThrow(() -> new NotFoundException("No referral " + referralId + " is visible to you."));
    AuditReader reader = AuditReaderFactory.get(em);
    List<Entry> entries = new ArrayList<>();
    entries.addAll(changes(reader, Referral.class, referralId, "referral", ReferralHistory::snapshot));
    // A sealed case's person history stays out; an admin reads the identity only through the sealed-record path.
    if (!current.isSealed()) {
      entries.addAll(changes(reader, Person.class, current.getPerson().getId(), "person", ReferralHistory::snapshot));
    }
    entries.sort(Comparator.comparingLong(Entry::revision));
    return entries;
  }

  private <T> List<Entry> changes(AuditReader reader, Class<T> type, long id, String record, java.util.function.Function<T, Map<String, String>> snapshot) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = reader.createQuery().forRevisionsOfEntity(type, false, true)
        .add(AuditEntity.id().eq(id))
        .addOrder(AuditEntity.revisionNumber().asc())
        .getResultList();
    List<Entry> entries = new ArrayList<>();
    Map<String, String> previous = Map.of();
    for (Object[] row : rows) {
      @SuppressWarnings("unchecked")
      T state = (T) row[0];
      AuditRevision rev = (AuditRevision) row[1];
      RevisionType kind = (RevisionType) row[2];
      Map<String, String> now = kind == RevisionType.DEL ? Map.of() : snapshot.apply(state);
      List<Change> changes = new ArrayList<>();
      for (String field : union(previous, now)) {
        if (!Objects.equals(previous.get(field), now.get(field))) {
          changes.add(new Change(field, previous.get(field), now.get(field)));
        }
      }
      entries.add(new Entry(rev.getId(), rev.getRevisionTime(), rev.getUsername(), rev.getSourceAddress(), record, kind.name(), changes));
      previous = now;
    }
    return entries;
  }

  private static List<String> union(Map<String, String> a, Map<String, String> b) {
    List<String> keys = new ArrayList<>(a.keySet());
    b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
    return keys;
  }

  private static Map<String, String> snapshot(Referral r) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("status", str(r.getStatus()));
    m.put("courtCaseNumber", r.getCourtCaseNumber());
    m.put("trackingNumber", r.getTrackingNumber());
    m.put("arrestDate", str(r.getArrestDate()));
    m.put("arrestingAgency", r.getArrestingAgency());
    m.put("referralDate", str(r.getReferralDate()));
    m.put("deadline", str(r.getDeadline()));
    m.put("nextCourtDate", str(r.getNextCourtDate()));
    m.put("screeningResult", str(r.getScreeningResult()));
    m.put("overrideResult", str(r.getOverrideResult()));
    m.put("overrideJustification", r.getOverrideJustification());
    m.put("overriddenBy", r.getOverriddenBy());
    return m;
  }

  private static Map<String, String> snapshot(Person p) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("firstName", p.getFirstName());
    m.put("middleName", p.getMiddleName());
    m.put("lastName", p.getLastName());
    m.put("dateOfBirth", str(p.getDateOfBirth()));
    m.put("sex", str(p.getSex()));
    m.put("stateId", p.getStateId());
    m.put("fbiNumber", p.getFbiNumber());
    m.put("address", p.getAddress());
    m.put("phone", p.getPhone());
    m.put("email", p.getEmail());
    m.put("preferredLanguage", p.getPreferredLanguage());
    return m;
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}
