package org.johnschool.scheduling.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.scheduling.application.SessionQueries;
import org.johnschool.scheduling.domain.SessionStatus;
import org.johnschool.identity.domain.Role;

/** The dashboard's scheduling part: today's and the next classes (each with its class day), sessions with seats left. */
@Named
@RequestScoped
public class SessionCardsBacking {

  @Inject CurrentStaff staff;
  @Inject SessionQueries sessions;
  @Inject org.johnschool.program.application.ProgramTime time;

  /** How many of the coming classes the dashboard lists. */
  static final int NEXT = 5;

  private long withSeats;
  private List<SessionQueries.SessionSummary> next = List.of();
  private LocalDate today;

  @PostConstruct
  void load() {
    if (staff.isAny(Role.COORDINATOR, Role.ADMIN, Role.FACILITATOR)) {
      today = time.today(staff.scope().programId());
      List<SessionQueries.SessionSummary> coming = sessions.between(staff.scope(), today, today.plusDays(30));
      withSeats = coming.stream().filter(s -> s.status() == SessionStatus.SCHEDULED && s.seatsLeft() > 0).count();
      next = coming.stream().filter(s -> s.status() != SessionStatus.CANCELLED).limit(NEXT).toList();
    }
  }

  /** Today's class and the next ones (30 days at most), in order: the facilitator's way to the class day. */
  public List<SessionQueries.SessionSummary> getNext() {
    return next;
  }

  /** Whether a class is today's, the program's day (the dashboard says so). */
  public boolean today(SessionQueries.SessionSummary s) {
    return s.date().equals(today);
  }

  public long getWithSeats() {
    return withSeats;
  }
}
