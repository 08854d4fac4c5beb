package org.johnschool.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reading the audit trail is itself audited, described with the filters that were set and no others. */
class AuditReadDescriptionTest {

  @Test
  void a_read_names_only_the_filters_that_were_set() {
    assertEquals("security events, page 1", AuditTrail.describe("security events", new AuditTrail.Filter(null, null, "", null, null), 0));
    assertEquals("data changes, page 3, user clerk, from 2026-11-01",
        AuditTrail.describe("data changes", new AuditTrail.Filter(" clerk ", null, null, LocalDate.of(2026, 11, 1), null), 2));
  }
}
