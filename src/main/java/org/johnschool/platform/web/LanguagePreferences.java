package org.johnschool.platform.web;

import java.util.Optional;

/** Where a signed-in person's choice of the pages' language is kept (the identity part keeps it on the account). */
public interface LanguagePreferences {

  /** The language the account chose, if it chose one. */
  Optional<String> of(String username);

  /** Keeps the account's choice (en or es). */
  void choose(String username, String language);
}
