package org.johnschool.scheduling.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.scheduling.application.SessionQueries;
import org.johnschool.scheduling.domain.SessionStatus;

/** The dashboard's scheduling cards: sessions of the next 30 days that still have seats. */
@Named
@RequestScoped
public class SessionCardsBacking {

  @Inject CurrentStaff staff;
  @Inject SessionQueries sessions;

  private long withSeats;

  @PostConstruct
  void load() {
    if (staff.isAny("COORDINATOR", "ADMIN", "FACILITATOR")) {
      withSeats = sessions.between(staff.scope(), LocalDate.now(), LocalDate.now().plusDays(30)).stream()
          .filter(s -> s.status() == SessionStatus.SCHEDULED && s.seatsLeft() > 0).count();
    }
  }

  public long getWithSeats() {
    return withSeats;
  }
}
