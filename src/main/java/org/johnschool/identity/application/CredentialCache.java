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
 * Remembers, for a few minutes, that a user's password was verified, so that court systems calling
 * the REST API with HTTP Basic do not pay the slow password hash on every request. Holds only a keyed
 * MAC of the password (key made at start, never stored), and forgets a user on any failure or change.
 */
@ApplicationScoped
public class CredentialCache {

  private static final Duration TTL = Duration.ofMinutes(5);
  private final byte[] key = new byte[32];
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  private record Entry(byte[] mac, long expiresAt) {}

  public CredentialCache() {
    new SecureRandom().nextBytes(key);
  }

  public boolean isKnownGood(String username, String password) {
    Entry e = entries.get(username);
    if (e == null || password == null) {
      return false;
    }
    if (System.currentTimeMillis() > e.expiresAt()) {
      entries.remove(username);
      return false;
    }
    return MessageDigest.isEqual(e.mac(), mac(username, password));
  }

  public void remember(String username, String password) {
    entries.put(username, new Entry(mac(username, password), System.currentTimeMillis() + TTL.toMillis()));
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
