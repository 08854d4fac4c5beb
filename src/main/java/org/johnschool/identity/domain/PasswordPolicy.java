package org.johnschool.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * OWASP ASVS 5.0 V6.2: at least {@value #MIN_LENGTH} characters, up to {@value #MAX_LENGTH}, no
 * composition rules, and not on the list of common passwords shipped with the app.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 15;
  public static final int MAX_LENGTH = 128;
  private static final Set<String> COMMON = load();

  private PasswordPolicy() {}

  /** The reason the password is refused, or empty when it is acceptable. */
  public static Optional<String> problemWith(String password, String username) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of("Use at least " + MIN_LENGTH + " characters; a few unrelated words make a good passphrase.");
    }
    if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
      return Optional.of("Use at most " + MAX_LENGTH + " characters.");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower) || (username != null && lower.contains(username.toLowerCase(Locale.ROOT)))) {
      return Optional.of("This password is too common or contains the user name; choose another.");
    }
    return Optional.empty();
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).forEach(l -> words.add(l.trim().toLowerCase(Locale.ROOT)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
