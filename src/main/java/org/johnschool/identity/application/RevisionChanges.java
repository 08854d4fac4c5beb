package org.johnschool.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.johnschool.identity.domain.Role;
import org.johnschool.identity.domain.SecurityEvent.Outcome;
import org.johnschool.identity.domain.SecurityEvent.Type;
import org.johnschool.platform.NotFoundException;

/**
 * What one data change (an Envers revision) changed, field by field: each record it touched with every field's value
 * before and after, read from the audit tables. For admins of the program whose staff made the change; reading it is
 * recorded (AUDIT_READ). Secrets are never shown (only that they changed), nor the identity of a person whose case is
 * sealed (the sealed-record path reads it, with a stated reason); a large change (an import) shows its first {@value #MAX_RECORDS} records and says how many there are.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RevisionChanges {

  public static final int MAX_RECORDS = 50;

  /** Fields whose values stay out of sight: credentials and sealed secrets (not the moments they changed: "…At"). */
  private static final Pattern SECRET = Pattern.compile("(?!.*At$)(?i:.*(password|secret|hash|token|salt|recovery|totp).*)");
  /** Records that carry a person's identity, with the SQL that tells whether that person has a sealed case. */
  private static final Map<String, String> IDENTITY = Map.of(
      "Person", "select exists (select 1 from referral r where r.person_id = ?1 and r.sealed_at is not null)",
      "PersonAlias", "select exists (select 1 from referral r join person_alias_aud a on a.person_id = r.person_id"
          + " where a.id = ?1 and r.sealed_at is not null)",
      "Notice", "select exists (select 1 from referral r join notice_aud n on n.referral_id = r.id"
          + " where n.id = ?1 and r.sealed_at is not null)");

  @PersistenceContext EntityManager em;
  @Inject SecurityLog log;

  /** The revision: when, who, from where, and what it changed. */
  public record Detail(long revision, java.time.Instant at, String username, String sourceAddress, List<Record> records, int recordCount)
      implements java.io.Serializable {}

  /** One record a revision touched: its kind and id, added, changed or deleted, and its fields that changed. */
  public record Record(String kind, Object id, String change, List<FieldChange> fields) implements java.io.Serializable {}

  /**
   * One field: its name in words, its value before and after (null when it had none). A value withheld is null on both
   * sides with the reason in {@code withheld}: SECRET (a credential) or SEALED (the identity of a person whose case is
   * sealed).
   */
  public record FieldChange(String field, String before, String after, String withheld) implements java.io.Serializable {}

  public Detail of(StaffScope scope, long revision) {
    List<?> found = em.createNativeQuery("select r.id, r.revision_time, r.username, r.source_address from audit_revision r where r.id = ?1"
            + " and r.username in (select u.username from app_user u where u.program_id = ?2)")
        .setParameter(1, revision).setParameter(2, scope.programId()).getResultList();
    if (found.isEmpty()) {
      throw new NotFoundException("No data change " + revision + " in your program's audit trail.");
    }
    Object[] row = (Object[]) found.get(0);
    AuditReader reader = AuditReaderFactory.get(em);
    List<Record> records = new ArrayList<>();
    int count = 0;
    for (EntityType<?> type : touched(reader, revision)) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows = reader.createQuery().forRevisionsOfEntity(type.getJavaType(), false, true)
          .add(AuditEntity.revisionNumber().eq(revision)).getResultList();
      for (Object[] r : rows) {
        count++;
        if (records.size() < MAX_RECORDS) {
          records.add(record(reader, type, r[0], (RevisionType) r[2], revision));
        }
      }
    }
    log.record(Type.AUDIT_READ, scope.username(), Outcome.SUCCESS, null, "data change " + revision, "audit trail");
    return new Detail(((Number) row[0]).longValue(), org.johnschool.platform.SqlValues.instant(row[1]), (String) row[2], (String) row[3],
        records, count);
  }

  /** The kinds of records the revision touched, as Envers wrote them down (audit_revision_entity). */
  private List<EntityType<?>> touched(AuditReader reader, long revision) {
    @SuppressWarnings("unchecked")
    List<String> names = em.createNativeQuery("select entity_name from audit_revision_entity where rev = ?1").setParameter(1, revision).getResultList();
    return em.getMetamodel().getEntities().stream()
        .filter(t -> names.contains(t.getJavaType().getName()) && reader.isEntityClassAudited(t.getJavaType()))
        .sorted(Comparator.comparing(EntityType::getName))
        .toList();
  }

  private Record record(AuditReader reader, EntityType<?> type, Object state, RevisionType kind, long revision) {
    Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(state);
    Object before = kind == RevisionType.ADD ? null : previous(reader, type, id, revision);
    Object after = kind == RevisionType.DEL ? null : state;
    boolean hidden = IDENTITY.containsKey(type.getName()) && sealed(type.getName(), id);
    List<FieldChange> fields = new ArrayList<>();
    for (SingularAttribute<?, ?> attribute : attributes(type)) {
      String was = value(attribute, before);
      String is = value(attribute, after);
      if (!Objects.equals(was, is)) {
        String name = words(attribute.getName());
        if (hidden) {
          fields.add(new FieldChange(name, null, null, "SEALED"));
        } else if (secret(attribute.getName())) {
          fields.add(new FieldChange(name, null, null, "SECRET"));
        } else {
          fields.add(new FieldChange(name, was, is, null));
        }
      }
    }
    return new Record(type.getName(), id, kind.name(), fields);
  }

  private Object previous(AuditReader reader, EntityType<?> type, Object id, long revision) {
    List<?> earlier = reader.createQuery().forRevisionsOfEntity(type.getJavaType(), true, true)
        .add(AuditEntity.id().eq(id)).add(AuditEntity.revisionNumber().lt(revision))
        .addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(1).getResultList();
    return earlier.isEmpty() ? null : earlier.get(0);
  }

  private boolean sealed(String kind, Object id) {
    Object answer = em.createNativeQuery(IDENTITY.get(kind)).setParameter(1, id).getSingleResult();
    return Boolean.TRUE.equals(answer);
  }

  private static List<SingularAttribute<?, ?>> attributes(EntityType<?> type) {
    List<SingularAttribute<?, ?>> attributes = new ArrayList<>();
    for (Attribute<?, ?> a : type.getAttributes()) {
      if (a instanceof SingularAttribute<?, ?> s && !s.isId() && !s.isVersion()) {
        attributes.add(s);
      }
    }
    attributes.sort(Comparator.comparing(Attribute::getName));
    return attributes;
  }

  /** A field's value as text: a linked record by its kind and id ("Court 3"), anything else as it prints. */
  private String value(SingularAttribute<?, ?> attribute, Object entity) {
    if (entity == null) {
      return null;
    }
    Member member = attribute.getJavaMember();
    if (!(member instanceof Field field)) {
      return null;
    }
    try {
      field.setAccessible(true);
      Object value = field.get(entity);
      if (value == null) {
        return null;
      }
      if (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.MANY_TO_ONE
          || attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.ONE_TO_ONE) {
        return attribute.getJavaType().getSimpleName() + " " + em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(value);
      }
      if (value instanceof byte[] bytes) {
        return "(" + bytes.length + " bytes, " + java.util.Arrays.hashCode(bytes) + ")";
      }
      return value.toString();
    } catch (IllegalAccessException | RuntimeException e) {
      return null;
    }
  }

  /** Whether a field holds a credential or a secret, whose value is never shown. */
  static boolean secret(String fieldName) {
    return SECRET.matcher(fieldName).matches();
  }

  /** "courtCaseNumber" → "court case number". */
  static String words(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
