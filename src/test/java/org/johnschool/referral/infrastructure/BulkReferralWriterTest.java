package org.johnschool.referral.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.junit.jupiter.api.Test;

/**
 * The bulk writer lists each table's columns by hand; these checks hold the lists to the entities' JPA and Envers mapping,
 * so a column added to an entity (or an audited one) cannot be left out of the docket and historical imports.
 */
class BulkReferralWriterTest {

  @Test
  void everyMappedColumnIsWrittenByTheBulkWriter() {
    for (Map.Entry<Class<?>, BulkReferralWriter.Table<?>> table : BulkReferralWriter.TABLES.entrySet()) {
      assertEquals(mapped(table.getKey(), false), new TreeSet<>(table.getValue().columnNames()),
          "columns of " + table.getValue().name() + " against " + table.getKey().getSimpleName());
    }
  }

  @Test
  void everyAuditedColumnGetsItsAddedAuditRow() {
    for (Map.Entry<Class<?>, BulkReferralWriter.Table<?>> table : BulkReferralWriter.TABLES.entrySet()) {
      boolean audited = table.getKey().isAnnotationPresent(Audited.class);
      assertEquals(audited, table.getValue().audited(), table.getValue().name() + " audited");
      if (audited) {
        Set<String> expected = mapped(table.getKey(), true);
        expected.addAll(Set.of("rev", "revtype"));
        assertEquals(expected, new TreeSet<>(table.getValue().auditColumnNames()), "audit columns of " + table.getValue().name());
      }
    }
  }

  @Test
  void theWriterCoversEveryEntityAnImportCreates() {
    assertTrue(BulkReferralWriter.TABLES.keySet().containsAll(Set.of(
        org.johnschool.referral.domain.Person.class, org.johnschool.referral.domain.PersonAlias.class,
        org.johnschool.referral.domain.Referral.class, org.johnschool.referral.domain.Charge.class,
        org.johnschool.referral.domain.StatusChange.class)));
  }

  /** The columns JPA maps for {@code type} (and its mapped superclasses); for its audit table, Envers' share of them. */
  private static Set<String> mapped(Class<?> type, boolean audit) {
    Set<String> columns = new TreeSet<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(Transient.class)
            || field.isAnnotationPresent(OneToMany.class)) {
          continue;
        }
        if (audit && (field.isAnnotationPresent(NotAudited.class) || field.isAnnotationPresent(jakarta.persistence.Version.class))) {
          continue;
        }
        columns.add(columnOf(field));
      }
    }
    return columns;
  }

  private static String columnOf(Field field) {
    if (field.isAnnotationPresent(Id.class)) {
      return "id";
    }
    JoinColumn join = field.getAnnotation(JoinColumn.class);
    if (join != null) {
      return join.name();
    }
    Column column = field.getAnnotation(Column.class);
    return column != null && !column.name().isEmpty() ? column.name() : field.getName();
  }
}
