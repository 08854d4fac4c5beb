package org.johnschool.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.johnschool.identity.domain.StaffUser;
import org.johnschool.identity.domain.StaffUsers;
import org.johnschool.platform.web.LanguagePreferences;

/** A staff account's choice of the pages' language, kept on the account (audited like every change of it). */
@Stateless
@PermitAll
public class StaffLanguages implements LanguagePreferences {

  @Inject StaffUsers users;

  @Override
  public Optional<String> of(String username) {
    return users.findByUsername(username).map(StaffUser::getLanguage);
  }

  /** Written only when it changes. */
  @Override
  public void choose(String username, String language) {
    users.findByUsername(username).filter(u -> !language.equals(u.getLanguage())).ifPresent(u -> u.prefer(language));
  }
}
