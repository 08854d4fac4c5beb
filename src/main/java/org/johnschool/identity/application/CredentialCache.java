package org.johnschool.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers that a user's password was verified, so that court systems calling the REST API with HTTP
 * Basic do not pay the slow password hash on every request. Holds only a keyed MAC of the password (key
 * made at start, never stored) and the stored hash it was checked against: once the password changes
 * (on any node of a cluster), the stored hash differs and the entry no longer counts. Forgets a user on
 * any failure, and every entry after {@link #TTL}.
 *
 * <p>An entry is not dropped merely for being a few minutes old: when entries expired every five minutes, the
 * 20 requests in flight at that moment each paid the password hash at once (about 3 s of CPU; seen as a
 * latency spike in the sessions load benchmark).
 */
@ApplicationScoped
public class CredentialCache {

  private static final Duration TTL = Duration.ofHours(12);
  private final byte[] key = new byte[32];
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  private record Entry(byte[] mac, String passwordHash, long expiresAt) {}

  public CredentialCache() {
    new SecureRandom().nextBytes(key);
  }

  /** True when this password was verified against the stored hash the user still has. */
  public boolean isKnownGood(String username, String password, String storedHash) {
    Entry e = entries.get(username);
    if (e == null || password == null || !e.passwordHash().equals(storedHash)) {
      return false;
    }
    if (System.currentTimeMillis() > e.expiresAt()) {
      entries.remove(username);
      return false;
    }
    return MessageDigest.isEqual(e.mac(), mac(username, password));
  }

  public void remember(String username, String password, String storedHash) {
    entries.put(username, new Entry(mac(username, password), storedHash, System.currentTimeMillis() + TTL.toMillis()));
  }

  public void forget(String username) {
    entries.remove(username);
  }

  private byte[] mac(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
