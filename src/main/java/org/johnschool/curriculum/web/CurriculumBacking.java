package org.johnschool.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.johnschool.curriculum.application.CurriculumCatalog;
import org.johnschool.curriculum.application.CurriculumCatalog.VersionSummary;
import org.johnschool.curriculum.application.CurriculumCatalog.VersionView;
import org.johnschool.curriculum.application.CurriculumLoader;
import org.johnschool.curriculum.application.CurriculumLoader.LoadOutcome;
import org.johnschool.curriculum.domain.CurriculumProblem;
import org.johnschool.curriculum.domain.CurriculumRejectedException;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.web.LanguageBacking;
import org.johnschool.platform.web.Messages;

/** The course of a curriculum version in one language (curriculum/course.xhtml); admins load the folder from here. */
@Named
@ViewScoped
public class CurriculumBacking implements Serializable {

  @Inject CurrentStaff staff;
  @Inject CurriculumCatalog catalog;
  @Inject CurriculumLoader loader;
  @Inject LanguageBacking pageLanguage;

  private Integer number;
  private String language;
  private VersionView version;
  private List<VersionSummary> versions;
  private List<CurriculumProblem> problems = List.of();

  /** View action: the chosen version (the latest by default) in the chosen language (the page's by default). */
  public void load() {
    if (language == null || language.isBlank()) {
      language = pageLanguage.getLanguage();
    }
    versions = catalog.versions(staff.scope());
    version = catalog.version(staff.scope(), number, language).orElse(null);
    if (number != null && version == null) {
      Messages.error("curriculum.noSuchVersion", number);
      version = catalog.version(staff.scope(), null, language).orElse(null);
    }
    if (version != null) {
      number = version.number();
      language = version.language();
    }
  }

  /** Admin: reads the curriculum folder; a changed folder becomes the next version. */
  public String reload() {
    try {
      LoadOutcome outcome = loader.reload(staff.scope());
      problems = List.of();
      Messages.info(outcome.created() ? "curriculum.loaded" : "curriculum.unchanged", outcome.number());
      return "/curriculum/course?faces-redirect=true&lang=" + language;
    } catch (CurriculumRejectedException e) {
      problems = e.problems();
      Messages.error("curriculum.rejected", e.problems().size());
      return null;
    }
  }

  /** "h:mm" from the start of the class, for the agenda. */
  public String clock(int minutes) {
    return minutes / 60 + ":" + String.format("%02d", minutes % 60);
  }

  public Integer getNumber() {
    return number;
  }

  public void setNumber(Integer number) {
    this.number = number;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public VersionView getVersion() {
    return version;
  }

  public List<VersionSummary> getVersions() {
    return versions;
  }

  public List<CurriculumProblem> getProblems() {
    return problems;
  }
}
