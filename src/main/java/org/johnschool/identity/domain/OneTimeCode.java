package org.johnschool.identity.domain;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes as authenticator apps make them (RFC 6238 over RFC 4226: HMAC-SHA1,
 * 30-second steps, 6 digits). A code is accepted one step either side of now, for clocks that drift.
 */
public final class OneTimeCode {

  public static final int DIGITS = 6;
  public static final long STEP_SECONDS = 30;
  /** Steps accepted either side of the current one. */
  static final int WINDOW = 1;
  private static final int SECRET_BYTES = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private OneTimeCode() {}

  /** A new 160-bit secret, Base32 (the length RFC 4226 recommends). */
  public static String newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return Base32.encode(secret);
  }

  public static long step(Instant time) {
    return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
  }

  /** The code for one time step, with the given number of digits (6 for apps; 8 in the RFC's test vectors). */
  public static String at(byte[] key, long step, int digits) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
          | (hash[offset + 3] & 0xff);
      long modulus = (long) Math.pow(10, digits);
      return String.format("%0" + digits + "d", binary % modulus);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
    }
  }

  public static String at(String base32Secret, Instant time) {
    return at(Base32.decode(base32Secret), step(time), DIGITS);
  }

  /**
   * The time step a typed code matches (spaces ignored), looking one step either side of now; empty
   * when it matches none. Compares every candidate in full so timing says nothing.
   */
  public static OptionalLong matchingStep(String base32Secret, String typed, Instant now) {
    if (typed == null) {
      return OptionalLong.empty();
    }
    String code = typed.replace(" ", "");
    if (!code.matches("\\d{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    byte[] key = Base32.decode(base32Secret);
    long current = step(now);
    long found = Long.MIN_VALUE;
    for (long s = current - WINDOW; s <= current + WINDOW; s++) {
      if (java.security.MessageDigest.isEqual(at(key, s, DIGITS).getBytes(), code.getBytes()) && found == Long.MIN_VALUE) {
        found = s;
      }
    }
    return found == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(found);
  }
}
