package org.johnschool.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the audit page shows of a data change: field names in words, and never the value of a secret. */
class RevisionChangesTest {

  @Test
  void credentials_and_secrets_are_withheld_but_not_the_moments_they_changed() {
    for (String secret : new String[] {"passwordHash", "mfaSecret", "sealedMfaSecret", "tokenHash", "recoveryCodes", "salt"}) {
      assertTrue(RevisionChanges.secret(secret), secret);
    }
    for (String plain : new String[] {"passwordChangedAt", "mfaEnrolledAt", "displayName", "status", "courtCaseNumber"}) {
      assertFalse(RevisionChanges.secret(plain), plain);
    }
  }

  @Test
  void field_names_read_as_words() {
    assertEquals("court case number", RevisionChanges.words("courtCaseNumber"));
    assertEquals("status", RevisionChanges.words("status"));
    assertEquals("mfa last step", RevisionChanges.words("mfaLastStep"));
  }
}
