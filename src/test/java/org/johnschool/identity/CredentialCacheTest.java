package org.johnschool.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.johnschool.identity.application.CredentialCache;
import org.junit.jupiter.api.Test;

/** A court system's Basic credentials are hashed once, and stop counting as soon as the password changes anywhere. */
class CredentialCacheTest {

  private final CredentialCache cache = new CredentialCache();

  @Test
  void aVerifiedPasswordIsKnownWhileTheStoredHashStaysTheSame() {
    cache.remember("clerk", "right horse battery", "hash-1");

    assertTrue(cache.isKnownGood("clerk", "right horse battery", "hash-1"));
    assertFalse(cache.isKnownGood("clerk", "wrong horse battery", "hash-1"), "another password");
    assertFalse(cache.isKnownGood("coordinator", "right horse battery", "hash-1"), "another user");
  }

  @Test
  void aPasswordChangedOnAnotherNodeEndsTheEntry() {
    cache.remember("clerk", "right horse battery", "hash-1");

    assertFalse(cache.isKnownGood("clerk", "right horse battery", "hash-2"), "the stored hash changed since the check");
  }

  @Test
  void aForgottenUserMustBeCheckedAgain() {
    cache.remember("clerk", "right horse battery", "hash-1");
    cache.forget("clerk");

    assertFalse(cache.isKnownGood("clerk", "right horse battery", "hash-1"));
  }
}
