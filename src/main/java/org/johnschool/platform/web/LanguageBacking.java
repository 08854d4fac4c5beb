package org.johnschool.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jakarta.security.enterprise.SecurityContext;

/**
 * The page language chosen by the person (English or Spanish): kept for the session, and once signed in for the
 * account, so the next sign-in opens in it too. A choice made on the sign-in page is the account's from then on;
 * without one, the account's earlier choice, else the browser's language.
 */
@Named
@SessionScoped
public class LanguageBacking implements Serializable {

  private static final List<String> SUPPORTED = List.of("en", "es");

  /**
   * The language chosen, also as a plain session attribute: signing in empties the session (session fixation), and
   * this one attribute is carried over, so a choice made on the sign-in page holds once signed in.
   */
  public static final String CHOSEN_ATTRIBUTE = "jsm.language";
  private Locale locale;
  /** Whether the person chose the language in this session (rather than it coming from the browser). */
  private boolean chosen;
  /** The account the session's language was last matched with (null before sign-in). */
  private String matchedFor;

  @Inject SecurityContext security;
  @Inject LanguagePreferences accounts;

  public Locale getLocale() {
    if (locale == null) {
      Object carried = FacesContext.getCurrentInstance().getExternalContext().getSessionMap().get(CHOSEN_ATTRIBUTE);
      if (carried instanceof String language && SUPPORTED.contains(language)) {
        locale = Locale.forLanguageTag(language);
        chosen = true;
      }
    }
    if (locale == null) {
      Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
      locale = requested != null && SUPPORTED.contains(requested.getLanguage()) ? Locale.forLanguageTag(requested.getLanguage()) : Locale.ENGLISH;
    }
    matchAccount();
    return locale;
  }

  /** Once per signed-in account: its earlier choice applies, or this session's choice becomes the account's. */
  private void matchAccount() {
    String username = signedIn();
    if (username == null || username.equals(matchedFor)) {
      return;
    }
    matchedFor = username;
    if (chosen) {
      accounts.choose(username, locale.getLanguage());
    } else {
      accounts.of(username).ifPresent(language -> locale = Locale.forLanguageTag(language));
    }
  }

  /** The signed-in caller's user name, or null. */
  private String signedIn() {
    var caller = security.getCallerPrincipal();
    return caller == null || "anonymous".equals(caller.getName()) ? null : caller.getName();
  }

  /** The language chosen in this session, else the browser's if supported, for answers made outside a page (PDFs). */
  public Locale localeOf(jakarta.servlet.http.HttpServletRequest request) {
    if (locale != null) {
      return locale;
    }
    Locale requested = request.getLocale();
    return requested != null && SUPPORTED.contains(requested.getLanguage()) ? Locale.forLanguageTag(requested.getLanguage()) : Locale.ENGLISH;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public void setLanguage(String language) {
    if (SUPPORTED.contains(language) && (locale == null || !language.equals(locale.getLanguage()))) {
      locale = Locale.forLanguageTag(language);
      chosen = true;
      FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
      FacesContext.getCurrentInstance().getExternalContext().getSessionMap().put(CHOSEN_ATTRIBUTE, language);
      String username = signedIn();
      if (username != null) {
        matchedFor = username;
        accounts.choose(username, language);
      }
    }
  }

  public List<String> getLanguages() {
    return SUPPORTED;
  }
}
