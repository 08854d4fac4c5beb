package org.johnschool.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The page language chosen by the person (English or Spanish), kept for the session. */
@Named
@SessionScoped
public class LanguageBacking implements Serializable {

  private static final List<String> SUPPORTED = List.of("en", "es");
  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
      locale = requested != null && SUPPORTED.contains(requested.getLanguage()) ? Locale.forLanguageTag(requested.getLanguage()) : Locale.ENGLISH;
    }
    return locale;
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
    if (SUPPORTED.contains(language)) {
      locale = Locale.forLanguageTag(language);
      FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
  }

  public List<String> getLanguages() {
    return SUPPORTED;
  }
}
