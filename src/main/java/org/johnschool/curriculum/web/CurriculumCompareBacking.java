package org.johnschool.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.johnschool.curriculum.application.CurriculumCatalog;
import org.johnschool.curriculum.application.CurriculumCatalog.VersionSummary;
import org.johnschool.curriculum.domain.CurriculumComparison;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.NotFoundException;
import org.johnschool.platform.web.LanguageBacking;
import org.johnschool.platform.web.Messages;

/** Two curriculum versions side by side (curriculum/compare.xhtml): by default the one before the latest and the latest. */
@Named
@RequestScoped
public class CurriculumCompareBacking {

  @Inject CurrentStaff staff;
  @Inject CurriculumCatalog catalog;
  @Inject LanguageBacking pageLanguage;

  private Integer from;
  private Integer to;
  private String language;
  private List<VersionSummary> versions;
  private CurriculumComparison comparison;

  @jakarta.annotation.PostConstruct
  void init() {
    versions = catalog.versions(staff.scope());
  }

  /** View action: compares the chosen versions (by default the one before the latest with the latest). */
  public void load() {
    if (language == null || language.isBlank()) {
      language = pageLanguage.getLanguage();
    }
    if (versions.size() < 2) {
      return;
    }
    if (to == null) {
      to = versions.get(0).number();
    }
    if (from == null) {
      from = versions.get(1).number();
    }
    try {
      comparison = catalog.compare(staff.scope(), from, to, language);
    } catch (NotFoundException e) {
      Messages.error("curriculum.compare.noSuchVersion");
    }
  }

  /** The form's button: the same page for the chosen versions, as a link one can keep. */
  public String show() {
    return "/curriculum/compare?faces-redirect=true&from=" + from + "&to=" + to + "&lang=" + language;
  }

  public String joined(List<String> keys) {
    return keys.isEmpty() ? "—" : String.join(", ", keys);
  }

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public Integer getTo() {
    return to;
  }

  public void setTo(Integer to) {
    this.to = to;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public List<VersionSummary> getVersions() {
    return versions;
  }

  public CurriculumComparison getComparison() {
    return comparison;
  }
}
