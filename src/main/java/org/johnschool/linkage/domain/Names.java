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
}
