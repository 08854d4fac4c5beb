package org.johnschool.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the few secrets the application must read back (the authenticator secrets of two-step sign-in) with a key
 * kept outside the database: AES-256-GCM, a fresh 96-bit IV each time, the secret's purpose as associated data (a
 * value copied to another column does not open). The key is {@code JSM_SECRETS_KEY}, 32 random bytes in Base64
 * ({@code openssl rand -base64 32}); in demo mode without it, a fixed demo key. Sealed text reads
 * {@code v1:} + Base64(IV, ciphertext and tag); text without the prefix was stored before sealing and reads as it is.
 */
public final class SecretBox {

  public static final String KEY_VARIABLE = "JSM_SECRETS_KEY";
  static final String PREFIX = "v1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  /** The installation's box, or empty in production mode without a key; the environment is read once. */
  private static volatile Optional<SecretBox> installed;

  private final SecretKeySpec key;

  public SecretBox(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException(KEY_VARIABLE + " must be 32 bytes in Base64 (openssl rand -base64 32); it is " + key.length + ".");
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  /** The installation's box; fails with what to do when production mode has no key. */
  public static SecretBox installed() {
    return box().orElseThrow(() -> new IllegalStateException(KEY_VARIABLE
        + " is not set: production mode needs it to keep two-step sign-in secrets (openssl rand -base64 32)."));
  }

  /** Whether a key is there to use: set, or demo mode. */
  public static boolean isConfigured() {
    return box().isPresent();
  }

  private static Optional<SecretBox> box() {
    Optional<SecretBox> box = installed;
    if (box == null) {
      box = configuredKey().map(SecretBox::new);
      installed = box;
    }
    return box;
  }

  private static Optional<byte[]> configuredKey() {
    String text = System.getenv(KEY_VARIABLE);
    if (text != null && !text.isBlank()) {
      byte[] key;
      try {
        key = Base64.getDecoder().decode(text.strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(KEY_VARIABLE + " is not Base64 (openssl rand -base64 32).");
      }
      if (key.length != 32) {
        throw new IllegalStateException(KEY_VARIABLE + " must be 32 bytes in Base64 (openssl rand -base64 32); it is " + key.length + ".");
      }
      return Optional.of(key);
    }
    if ("demo".equalsIgnoreCase(System.getProperty("jsm.mode", "production"))) {
      return Optional.of(sha256("John School Manager demo mode: not a secret"));
    }
    return Optional.empty();
  }

  public static boolean isSealed(String stored) {
    return stored != null && stored.startsWith(PREFIX);
  }

  public String seal(String plain, String purpose) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    byte[] sealed = crypt(Cipher.ENCRYPT_MODE, iv, purpose, plain.getBytes(StandardCharsets.UTF_8));
    return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
  }

  /** The secret; text stored before sealing comes back as it is. Fails when the text was altered or the key is another. */
  public String open(String stored, String purpose) {
    if (!isSealed(stored)) {
      return stored;
    }
    byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
    byte[] iv = java.util.Arrays.copyOf(all, IV_BYTES);
    byte[] sealed = java.util.Arrays.copyOfRange(all, IV_BYTES, all.length);
    return new String(crypt(Cipher.DECRYPT_MODE, iv, purpose, sealed), StandardCharsets.UTF_8);
  }

  private byte[] crypt(int mode, byte[] iv, String purpose, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A sealed secret does not open with this key (altered, or sealed with another key).", e);
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
