package org.johnschool.linkage.domain;

/** American Soundex (the U.S. census code of a surname: first letter and three digits), used to block by last name. */
public final class Soundex {

  //                                     ABCDEFGHIJKLMNOPQRSTUVWXYZ
  private static final String CODES = "01230120022455012623010202";

  private Soundex() {}

  /** The code of a normalized name (letters A–Z only); "" for a name without letters. */
  public static String of(String name) {
    if (name.isEmpty()) {
      return "";
    }
    StringBuilder code = new StringBuilder(4).append(name.charAt(0));
    char last = CODES.charAt(name.charAt(0) - 'A');
    for (int i = 1; i < name.length() && code.length() < 4; i++) {
      char c = name.charAt(i);
      char digit = CODES.charAt(c - 'A');
      if (digit != '0' && digit != last) {
        code.append(digit);
      }
      if (c != 'H' && c != 'W') {
        last = digit;
      }
    }
    while (code.length() < 4) {
      code.append('0');
    }
    return code.toString();
  }
}
