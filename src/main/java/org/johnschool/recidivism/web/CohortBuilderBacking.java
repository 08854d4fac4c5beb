package org.johnschool.recidivism.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;
import org.johnschool.recidivism.application.CohortReport;
import org.johnschool.recidivism.application.CohortReports;
import org.johnschool.recidivism.application.CohortReports.CourtChoice;
import org.johnschool.recidivism.application.CohortRequest;
import org.johnschool.recidivism.application.EvaluatorExport;
import org.johnschool.recidivism.application.ExportColumns;
import org.johnschool.recidivism.application.SavedCohorts;
import org.johnschool.recidivism.domain.AgeBand;
import org.johnschool.recidivism.domain.OutcomeGroup;

/**
 * The cohort builder (evaluation/cohorts.xhtml): define a cohort and a comparison group, run it, read the rates,
 * the survival curves and the log-rank test, save the definition, download the results or the de-identified export.
 */
@Named
@ViewScoped
public class CohortBuilderBacking implements Serializable {

  @Inject CurrentStaff staff;
  @Inject CohortReports reports;
  @Inject SavedCohorts saved;
  @Inject EvaluatorExport export;
  @Inject org.johnschool.program.application.ProgramTime time;

  /** The index window, by default from January five years back to a year ago (the program's today). */
  private String indexFrom;
  private String indexTo;
  private List<String> courts = new ArrayList<>();
  private List<String> groups = new ArrayList<>(List.of(OutcomeGroup.COMPLETED.name()));
  private List<String> comparison = new ArrayList<>();
  private String cohortName = "";
  private String comparisonName = "";
  private List<String> ageBands = new ArrayList<>();
  private String offense = org.johnschool.recidivism.domain.OffenseCategory.ANY;
  private String saveName;
  private Long savedId;
  private List<CourtChoice> courtChoices = List.of();
  private List<SavedCohorts.Saved> savedCohorts = List.of();
  private CohortReport report;
  private SurvivalChart chart;

  @PostConstruct
  void load() {
    LocalDate today = time.today(staff.scope().programId());
    indexFrom = today.minusYears(5).withDayOfYear(1).toString();
    indexTo = today.minusYears(1).toString();
    courtChoices = reports.courts(staff.scope());
    savedCohorts = saved.list(staff.scope());
  }

  private CohortRequest request() {
    return new CohortRequest(indexFrom, indexTo, courts, groups, ageBands, offense, comparison);
  }

  public void run() {
    try {
      report = reports.report(staff.scope(), request().toDefinition());
      chart = new SurvivalChart(report.survival(), List.of(CohortReport.COHORT, CohortReport.COMPARISON), Messages.locale());
      cohortName = names(groups);
      comparisonName = names(comparison);
    } catch (BusinessException e) {
      report = null;
      Messages.refused(e, field -> "builder:" + field);
    }
  }

  public void save() {
    try {
      saved.save(staff.scope(), saveName, request());
      Messages.info("cohorts.saved", saveName.trim());
      saveName = null;
      savedCohorts = saved.list(staff.scope());
    } catch (BusinessException e) {
      Messages.refused(e, field -> "builder:" + ("name".equals(field) ? "saveName" : field));
    }
  }

  /** Fills the form with a saved definition and runs it. */
  public void open() {
    if (savedId == null) {
      return;
    }
    try {
      CohortRequest r = saved.get(staff.scope(), savedId).definition();
      indexFrom = r.indexFrom();
      indexTo = r.indexTo();
      courts = new ArrayList<>(r.courts());
      groups = new ArrayList<>(r.outcomeGroups());
      comparison = new ArrayList<>(r.comparisonGroups() == null ? List.of() : r.comparisonGroups());
      // Read as the API reads them (AgeBand.parse): a saved "25-34" reopens as 25–34, never as another band.
      ageBands = new ArrayList<>(r.ageBands().stream().map(AgeBand::parse).flatMap(java.util.Optional::stream).map(AgeBand::name).toList());
      offense = r.offenseCategory();
      run();
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  /** The rates and survival rows as CSV (what the page shows, suppressed cells left empty). */
  public void downloadResults() throws IOException {
    if (report == null) {
      return;
    }
    ExternalContext ec = start("cohort-results.csv");
    org.johnschool.recidivism.application.CohortResultsCsv.write(report, ec.getResponseOutputStream());
    FacesContext.getCurrentInstance().responseComplete();
  }

  /** The de-identified person-level export of the cohort and its comparison group. */
  public void downloadExport() throws IOException {
    try {
      var definition = request().toDefinition();
      export.checkReady(staff.scope());
      ExternalContext ec = start("cohort-export.csv");
      export.write(staff.scope(), definition, ec.getResponseOutputStream());
      FacesContext.getCurrentInstance().responseComplete();
    } catch (BusinessException e) {
      Messages.refused(e, field -> "builder:" + field);
    }
  }

  /** The data dictionary of the export. */
  public void downloadDictionary() throws IOException {
    ExternalContext ec = start("cohort-export-dictionary.csv");
    ec.getResponseOutputStream().write(ExportColumns.dictionary());
    FacesContext.getCurrentInstance().responseComplete();
  }

  private static ExternalContext start(String filename) {
    return org.johnschool.platform.web.Downloads.start(filename, "text/csv; charset=UTF-8");
  }

  public List<OutcomeGroup> getGroupChoices() {
    return List.of(OutcomeGroup.values());
  }

  public List<AgeBand> getAgeBandChoices() {
    return List.of(AgeBand.values());
  }

  public List<String> getOffenseChoices() {
    return org.johnschool.recidivism.domain.OffenseCategory.filters();
  }

  public List<CourtChoice> getCourtChoices() {
    return courtChoices;
  }

  public List<SavedCohorts.Saved> getSavedCohorts() {
    return savedCohorts;
  }

  public CohortReport getReport() {
    return report;
  }

  /** A group of the report by what it holds ("Completed", "Ineligible + Declined"), as the legend and tables name it. */
  public String groupName(String group) {
    return CohortReport.COMPARISON.equals(group) ? comparisonName : cohortName;
  }

  private static String names(List<String> outcomeGroups) {
    return outcomeGroups == null ? "" : String.join(" + ", outcomeGroups.stream().map(g -> Messages.text("cohorts.group." + g)).toList());
  }

  public SurvivalChart getChart() {
    return chart;
  }

  /** The rates of both groups side by side, one row per window. */
  public List<CohortReport.Rate[]> getRateRows() {
    List<CohortReport.Rate[]> rows = new ArrayList<>();
    if (report == null) {
      return rows;
    }
    for (int i = 0; i < report.rates().size(); i++) {
      rows.add(new CohortReport.Rate[] {report.rates().get(i), report.comparisonRates().isEmpty() ? null : report.comparisonRates().get(i)});
    }
    return rows;
  }

  public String getIndexFrom() {
    return indexFrom;
  }

  public void setIndexFrom(String indexFrom) {
    this.indexFrom = indexFrom;
  }

  public String getIndexTo() {
    return indexTo;
  }

  public void setIndexTo(String indexTo) {
    this.indexTo = indexTo;
  }

  public List<String> getCourts() {
    return courts;
  }

  public void setCourts(List<String> courts) {
    this.courts = courts;
  }

  public List<String> getGroups() {
    return groups;
  }

  public void setGroups(List<String> groups) {
    this.groups = groups;
  }

  public List<String> getComparison() {
    return comparison;
  }

  public void setComparison(List<String> comparison) {
    this.comparison = comparison;
  }

  public List<String> getAgeBands() {
    return ageBands;
  }

  public void setAgeBands(List<String> ageBands) {
    this.ageBands = ageBands;
  }

  public String getOffense() {
    return offense;
  }

  public void setOffense(String offense) {
    this.offense = offense;
  }

  public String getSaveName() {
    return saveName;
  }

  public void setSaveName(String saveName) {
    this.saveName = saveName;
  }

  public Long getSavedId() {
    return savedId;
  }

  public void setSavedId(Long savedId) {
    this.savedId = savedId;
  }
}
