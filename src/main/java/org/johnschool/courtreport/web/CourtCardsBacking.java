package org.johnschool.courtreport.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.johnschool.court.application.CourtDirectory;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.courtreport.application.StatusFeed.Change;
import org.johnschool.courtreport.application.WeeklyReports;
import org.johnschool.identity.domain.Role;

/** A clerk's dashboard part: this week's status changes of the court (completed, failed, returned to court), newest first. */
@Named
@RequestScoped
public class CourtCardsBacking {

  /** How many of the week's changes the dashboard lists (the court report has them all). */
  static final int SHOWN = 8;

  @Inject CurrentStaff staff;
  @Inject CourtDirectory courts;
  @Inject WeeklyReports reports;
  @Inject org.johnschool.program.application.ProgramTime time;

  private List<Change> changes = List.of();
  private int total;

  @PostConstruct
  void load() {
    if (!staff.is(Role.CLERK)) {
      return;
    }
    var scope = staff.scope();
    courts.courtsOf(scope).stream().filter(c -> scope.mayUseCourt(c.getId())).findFirst().ifPresent(court -> {
      List<Change> week = new ArrayList<>(reports.week(scope, court.getCode(), time.today(scope.programId())).changes());
      Collections.reverse(week);
      total = week.size();
      changes = week.stream().limit(SHOWN).toList();
    });
  }

  public List<Change> getChanges() {
    return changes;
  }

  public int getTotal() {
    return total;
  }
}
