package org.johnschool.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

  private static byte[] key(int fill) {
    byte[] k = new byte[32];
    Arrays.fill(k, (byte) fill);
    return k;
  }

  @Test
  void a_sealed_secret_opens_with_its_key_and_purpose_only() {
    SecretBox box = new SecretBox(key(7));
    String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    String sealed = box.seal(secret, "app_user.mfa_secret");
    assertTrue(SecretBox.isSealed(sealed) && !sealed.contains(secret), sealed);
    assertTrue(sealed.length() <= 200, "fits the column: " + sealed.length());
    assertNotEquals(sealed, box.seal(secret, "app_user.mfa_secret"), "a fresh IV each time");
    assertEquals(secret, box.open(sealed, "app_user.mfa_secret"));
    assertThrows(IllegalStateException.class, () -> new SecretBox(key(8)).open(sealed, "app_user.mfa_secret"), "another key");
    assertThrows(IllegalStateException.class, () -> box.open(sealed, "export_key.secret"), "another purpose");
    byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
    raw[raw.length - 1] ^= 1;
    assertThrows(IllegalStateException.class, () -> box.open("v1:" + Base64.getEncoder().encodeToString(raw), "app_user.mfa_secret"), "altered");
  }

  @Test
  void text_stored_before_sealing_reads_as_it_is_and_keys_must_be_256_bits() {
    assertEquals("JBSWY3DPEHPK3PXP", new SecretBox(key(1)).open("JBSWY3DPEHPK3PXP", "app_user.mfa_secret"));
    assertFalse(SecretBox.isSealed("JBSWY3DPEHPK3PXP"));
    assertThrows(IllegalArgumentException.class, () -> new SecretBox(new byte[16]));
  }
}
