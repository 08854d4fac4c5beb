package org.johnschool.recidivism.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.recidivism.application.ArrestRecordImport;
import org.johnschool.recidivism.application.SavedCohorts;
import org.johnschool.identity.domain.Role;

/** An evaluator's dashboard part: the saved cohorts, and the arrest data the study can rest on (counts, no identities). */
@Named
@RequestScoped
public class EvaluationCardsBacking {

  /** How many saved cohorts the dashboard lists (the cohort page has them all). */
  static final int SHOWN = 8;

  @Inject CurrentStaff staff;
  @Inject SavedCohorts saved;
  @Inject ArrestRecordImport arrests;

  private List<SavedCohorts.Saved> cohorts = List.of();
  private int cohortCount;
  private ArrestRecordImport.Coverage coverage;

  @PostConstruct
  void load() {
    if (staff.is(Role.EVALUATOR)) {
      List<SavedCohorts.Saved> all = saved.list(staff.scope());
      cohortCount = all.size();
      cohorts = all.stream().limit(SHOWN).toList();
      coverage = arrests.coverage(staff.scope());
    }
  }

  public List<SavedCohorts.Saved> getCohorts() {
    return cohorts;
  }

  public int getCohortCount() {
    return cohortCount;
  }

  public ArrestRecordImport.Coverage getCoverage() {
    return coverage;
  }

  /** When the latest arrest file came in, as a date the page's language writes (null before the first). */
  public java.util.Date getLatestImport() {
    return coverage == null || coverage.latestImport() == null ? null : java.util.Date.from(coverage.latestImport());
  }
}
