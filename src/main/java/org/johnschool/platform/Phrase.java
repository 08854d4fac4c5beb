package org.johnschool.platform;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A sentence the domain says to a person, in the language of whoever reads it: a key of the errors bundle
 * ({@code org/johnschool/i18n/errors*.properties}, MessageFormat patterns) and its arguments. The API and the logs read
 * it in English ({@link #english()}); pages in the page's language ({@link #in(Locale)}).
 */
public final class Phrase implements java.io.Serializable {

  private static final String BUNDLE = "org.johnschool.i18n.errors";
  private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String key;
  private final Object[] args;

  private Phrase(String key, Object[] args) {
    this.key = key;
    this.args = args.clone();
  }

  public static Phrase of(String key, Object... args) {
    return new Phrase(key, args);
  }

  /** A sentence that has no translation yet: the same English text in every language. */
  public static Phrase text(String english) {
    return new Phrase(null, new Object[] {english});
  }

  /** A language's name ("English", "Spanish" — "inglés", "español"), its code as it is for a language without one. */
  public static Phrase language(String code) {
    String key = "language." + code;
    return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Phrase.class.getClassLoader(), NO_FALLBACK).containsKey(key) ? of(key) : text(code);
  }

  public String key() {
    return key;
  }

  public String english() {
    return in(Locale.ROOT);
  }

  /** The sentence in this language (English where the language has no text for it). */
  public String in(Locale locale) {
    if (key == null) {
      return (String) args[0];
    }
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ROOT : locale, Phrase.class.getClassLoader(), NO_FALLBACK);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Phrase.class.getClassLoader(), NO_FALLBACK).getString(key);
    }
    // A phrase among the arguments is said in the same language ("Charge 1 — statute code: <the check's own phrase>").
    Object[] said = Arrays.stream(args).map(a -> a instanceof Phrase p ? p.in(locale) : a).toArray();
    return new MessageFormat(pattern, locale == null ? Locale.ROOT : locale).format(said);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Phrase p && java.util.Objects.equals(p.key, key) && Arrays.equals(p.args, args);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(key) * 31 + Arrays.hashCode(args);
  }

  @Override
  public String toString() {
    return english();
  }
}
