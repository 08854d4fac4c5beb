package org.johnschool.recidivism.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.ConflictException;
import org.johnschool.platform.Phrase;
import org.johnschool.recidivism.application.CohortReport.Group;
import org.johnschool.recidivism.application.CohortReport.LogRankResult;
import org.johnschool.recidivism.application.CohortReport.Rate;
import org.johnschool.recidivism.application.CohortReport.SurvivalPoint;
import org.johnschool.recidivism.domain.CohortDefinition;
import org.johnschool.recidivism.domain.CohortMember;
import org.johnschool.recidivism.domain.KaplanMeier;
import org.johnschool.recidivism.domain.LogRank;
import org.johnschool.recidivism.domain.Observation;
import org.johnschool.recidivism.domain.RearrestRates.FollowUp;
import org.johnschool.recidivism.domain.RearrestRates;
import org.johnschool.recidivism.infrastructure.CohortMembers;
import org.johnschool.platform.SmallCells;

/**
 * Measures a cohort (and its comparison group): rates within 6, 12, 24 and 36 months, Kaplan–Meier curves censored
 * at the end of observed data, and the log-rank test. Evaluators get small cells suppressed.
 */
@Stateless
@RolesAllowed({Role.EVALUATOR_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class CohortReports {

  @PersistenceContext EntityManager em;

  public CohortReport report(StaffScope scope, CohortDefinition d) {
    LocalDate until = em.unwrap(Session.class).doReturningWork(c -> CohortMembers.observedUntil(c, scope.programId()));
    if (until == null) {
      throw new ConflictException(Phrase.of("cohort.noArrests"), null);
    }
    List<CohortMember> members = em.unwrap(Session.class).doReturningWork(c -> CohortMembers.read(c, scope.programId(), d, until));
    List<CohortMember> cohort = members.stream().filter(m -> d.outcomeGroups().contains(m.group())).toList();
    List<CohortMember> comparison = members.stream().filter(m -> d.comparisonGroups().contains(m.group())).toList();
    boolean suppress = scope.role() == Role.EVALUATOR;
    int minimum = SmallCells.minimum();
    int floor = suppress ? minimum : 0;

    List<Group> groups = new ArrayList<>();
    groups.add(group(CohortReport.COHORT, cohort.size(), floor));
    if (d.hasComparison()) {
      groups.add(group(CohortReport.COMPARISON, comparison.size(), floor));
    }
    List<Rate> rates = rates(cohort, until, floor);
    List<Rate> comparisonRates = d.hasComparison() ? rates(comparison, until, floor) : List.of();
    List<SurvivalPoint> survival = new ArrayList<>();
    List<Observation> cohortObs = observations(cohort, until);
    List<Observation> comparisonObs = observations(comparison, until);
    curve(CohortReport.COHORT, cohortObs, floor, survival);
    if (d.hasComparison()) {
      curve(CohortReport.COMPARISON, comparisonObs, floor, survival);
    }
    LogRankResult logRank = null;
    if (d.hasComparison() && !cohort.isEmpty() && !comparison.isEmpty() && cohort.size() >= floor && comparison.size() >= floor) {
      LogRank lr = LogRank.test(cohortObs, comparisonObs);
      logRank = new LogRankResult(lr.chiSquare(), lr.df(), lr.p());
    }
    return new CohortReport(CohortRequest.of(d), until, groups, rates, comparisonRates, survival, logRank, suppress ? minimum : null);
  }

  /** A court of the program, for choosing courts in a cohort. */
  public record CourtChoice(String code, String name) implements java.io.Serializable {}

  public List<CourtChoice> courts(StaffScope scope) {
    List<CourtChoice> courts = new ArrayList<>();
    for (Object o : em.createNativeQuery("select code, name from court where program_id = ?1 order by name")
        .setParameter(1, scope.programId()).getResultList()) {
      Object[] r = (Object[]) o;
      courts.add(new CourtChoice((String) r[0], (String) r[1]));
    }
    return courts;
  }

  /** The observations (days at liberty to the first re-arrest, or censored at the end of observed data) of members. */
  static List<Observation> observations(List<CohortMember> members, LocalDate until) {
    List<Observation> obs = new ArrayList<>(members.size());
    for (CohortMember m : members) {
      if (m.firstRearrest() != null) {
        obs.add(new Observation((int) ChronoUnit.DAYS.between(m.index(), m.firstRearrest()), true));
      } else {
        obs.add(new Observation((int) ChronoUnit.DAYS.between(m.index(), until), false));
      }
    }
    return obs;
  }

  private static Group group(String name, int size, int floor) {
    return size < floor ? new Group(name, null, true) : new Group(name, size, false);
  }

  private static List<Rate> rates(List<CohortMember> members, LocalDate until, int floor) {
    List<FollowUp> followUps = members.stream().map(m -> new FollowUp(m.index(), m.firstRearrest(), until)).toList();
    List<Rate> rates = new ArrayList<>();
    for (RearrestRates.Rate r : RearrestRates.within(followUps, CohortDefinition.WINDOWS)) {
      if (r.eligible() < floor) {
        rates.add(new Rate(r.months(), null, null, null, null, null, true));
      } else {
        rates.add(new Rate(r.months(), r.eligible(), r.events(), finite(r.rate()), finite(r.lower()), finite(r.upper()), false));
      }
    }
    return rates;
  }

  private static void curve(String group, List<Observation> obs, int floor, List<SurvivalPoint> into) {
    if (obs.size() < floor) {
      return;
    }
    for (KaplanMeier.Step s : KaplanMeier.estimate(obs)) {
      if (s.atRisk() < floor) {
        break;
      }
      into.add(new SurvivalPoint(group, s.day(), s.atRisk(), s.events(), s.censored(), s.survival(), finite(s.lower()), finite(s.upper())));
    }
  }

  private static Double finite(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
  }
}
