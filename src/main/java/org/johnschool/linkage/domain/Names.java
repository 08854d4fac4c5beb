package org.johnschool.linkage.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Names as linkage compares them: accents dropped, upper case, letters only (so "O'Brien-Ruiz" is "OBRIENRUIZ"). */
public final class Names {

  private Names() {}

  public static String normalize(String name) {
    if (name == null) {
      return "";
    }
    if (plainLetters(name)) {
      return name.toUpperCase(Locale.ROOT);
    }
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).toUpperCase(Locale.ROOT);
    StringBuilder letters = new StringBuilder(plain.length());
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        letters.append(c);
      }
    }
    return letters.toString();
  }

  /** Whether the name is ASCII letters only (most are): then upper case is all there is to do. */
  private static boolean plainLetters(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        return false;
      }
    }
    return true;
  }
}
