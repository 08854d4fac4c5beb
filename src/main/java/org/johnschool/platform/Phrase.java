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

  public String key() {
    return key;
  }

  public String english() {
    return in(Locale.ROOT);
  }

  /** The sentence in this language (English where the language has no text for it). */
  public String in(Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ROOT : locale, Phrase.class.getClassLoader(), NO_FALLBACK);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Phrase.class.getClassLoader(), NO_FALLBACK).getString(key);
    }
    return new MessageFormat(pattern, locale == null ? Locale.ROOT : locale).format(args);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Phrase p && p.key.equals(key) && Arrays.equals(p.args, args);
  }

  @Override
  public int hashCode() {
    return key.hashCode() * 31 + Arrays.hashCode(args);
  }

  @Override
  public String toString() {
    return english();
  }
}
