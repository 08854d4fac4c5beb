package org.johnschool.referral.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A statute code as courts write it, and the code it stands for: "PC 647(b)", "Pen. Code § 647 (b)" and "647(B)" are
 * all section 647(B) of the Penal Code. Screening, the program's rule lists and every way a referral arrives (form,
 * REST, docket file) compare codes by {@link #key()}, so the way a code is typed never decides eligibility.
 */
public record StatuteCode(String asWritten, String key) {

  // A Penal Code prefix ("PC", "P.C.", "CPC", "Pen. Code", "Penal Code", "Cal. Penal Code") and any section sign or
  // "sec."/"section" after it. Other codes' prefixes (e.g. "VC" for the Vehicle Code) stay: they name another law.
  private static final Pattern PENAL_CODE_PREFIX = Pattern.compile(
      "^(?:(?:CAL(?:IFORNIA|\\.)?)?(?:C?P\\.?C\\.?|PEN(?:AL|\\.)?CODE)(?=[0-9§.]|SEC|$))?\\.?(?:§+|SEC(?:TION|S?\\.)?)?\\.?");

  public StatuteCode {
    if (asWritten == null || key == null) {
      throw new IllegalArgumentException("A statute code needs its text.");
    }
  }

  /** Reads a code as written (surrounding spaces dropped). */
  public static StatuteCode read(String written) {
    String text = written == null ? "" : written.strip();
    return new StatuteCode(text, keyOf(text));
  }

  /** The code without case, spaces or a Penal Code prefix: "PC 647 (b)" is "647(B)". */
  public static String keyOf(String written) {
    if (written == null) {
      return "";
    }
    String compact = written.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    String key = PENAL_CODE_PREFIX.matcher(compact).replaceFirst("");
    // A prefix alone ("PC") is not a code: keep what was written rather than an empty key.
    return key.isEmpty() ? compact : key;
  }

  /** Whether the key differs from what was written, so a page should say how the code was read. */
  public boolean readDifferently() {
    return !key.equals(asWritten);
  }

  @Override
  public String toString() {
    return asWritten;
  }
}
