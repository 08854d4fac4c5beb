package org.johnschool.scheduling.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.LanguageBacking;
import org.johnschool.platform.web.Messages;
import org.johnschool.scheduling.application.SessionForm;
import org.johnschool.scheduling.application.SessionPlanner;
import org.johnschool.scheduling.application.SessionQueries;
import org.johnschool.scheduling.application.SessionQueries.SessionSummary;
import org.johnschool.scheduling.application.VenueDirectory;
import org.johnschool.scheduling.domain.SessionStatus;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/** The class calendar (sessions/calendar.xhtml): month and week views, the list of coming sessions, and the new-session form. */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

  @Inject CurrentStaff staff;
  @Inject SessionQueries queries;
  @Inject SessionPlanner planner;
  @Inject VenueDirectory venues;
  @Inject LanguageBacking language;
  @Inject org.johnschool.program.application.ProgramTime time;

  private ScheduleModel model;
  private List<SessionSummary> upcoming;
  private List<VenueOption> venueOptions;

  // the new-session form
  private String date;
  private String start = "09:00";
  private String end = "17:00";
  private String sessionLanguage = "en";
  private Integer capacity = 30;
  private Long venueId;
  private String room;
  private boolean repeat;
  private Integer everyWeeks = 2;
  private String until;

  /** A venue as the form offers it. */
  public record VenueOption(long id, String name, int capacity) implements java.io.Serializable {}

  @PostConstruct
  void load() {
    model = new SessionEvents();
    LocalDate today = time.today(staff.scope().programId());
    upcoming = queries.between(staff.scope(), today, today.plusDays(60));
    venueOptions = venues.venues(staff.scope()).stream().filter(v -> v.isActive()).map(v -> new VenueOption(v.getId(), v.getName(), v.getCapacity()))
        .toList();
    if (!venueOptions.isEmpty()) {
      venueId = venueOptions.get(0).id();
    }
  }

  /** Sessions of the visible weeks, loaded when the calendar asks for them. */
  private class SessionEvents extends LazyScheduleModel {
    @Override
    public void loadEvents(LocalDateTime from, LocalDateTime to) {
      for (SessionSummary s : queries.between(staff.scope(), from.toLocalDate(), to.toLocalDate())) {
        String title = s.status() == SessionStatus.CANCELLED ? Messages.text("calendar.event.cancelled", s.language().toUpperCase())
            : Messages.text("calendar.event", s.language().toUpperCase(), s.seatsLeft(), s.capacity());
        addEvent(DefaultScheduleEvent.builder()
            .id(String.valueOf(s.id()))
            .title(title)
            .startDate(s.date().atTime(s.start()))
            .endDate(s.date().atTime(s.end()))
            .url("session.xhtml?id=" + s.id())
            .styleClass(s.status() == SessionStatus.CANCELLED ? "event-cancelled" : s.seatsLeft() == 0 ? "event-full" : "event-open")
            .build());
      }
    }
  }

  public String create() {
    try {
      SessionForm form = new SessionForm(date, start, end, sessionLanguage, capacity, venueId, room, null, repeat ? everyWeeks : null,
          repeat ? until : null);
      if (repeat) {
        List<Long> ids = planner.createSeries(staff.scope(), form);
        Messages.info("calendar.seriesCreated", ids.size());
        return "/sessions/calendar?faces-redirect=true";
      }
      long id = planner.create(staff.scope(), form);
      Messages.info("calendar.created");
      return "/sessions/session?faces-redirect=true&id=" + id;
    } catch (BusinessException e) {
      Messages.refused(e, field -> switch (field) {
        case "date", "start", "end", "capacity", "room", "until", "everyWeeks" -> "newSession:" + field;
        case "venueId" -> "newSession:venue";
        case "language" -> "newSession:sessionLanguage";
        default -> null;
      });
      return null;
    }
  }

  public String getLocale() {
    return language.getLanguage();
  }

  public ScheduleModel getModel() {
    return model;
  }

  public List<SessionSummary> getUpcoming() {
    return upcoming;
  }

  public List<VenueOption> getVenueOptions() {
    return venueOptions;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getEnd() {
    return end;
  }

  public void setEnd(String end) {
    this.end = end;
  }

  public String getSessionLanguage() {
    return sessionLanguage;
  }

  public void setSessionLanguage(String sessionLanguage) {
    this.sessionLanguage = sessionLanguage;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public Long getVenueId() {
    return venueId;
  }

  public void setVenueId(Long venueId) {
    this.venueId = venueId;
  }

  public String getRoom() {
    return room;
  }

  public void setRoom(String room) {
    this.room = room;
  }

  public boolean isRepeat() {
    return repeat;
  }

  public void setRepeat(boolean repeat) {
    this.repeat = repeat;
  }

  public Integer getEveryWeeks() {
    return everyWeeks;
  }

  public void setEveryWeeks(Integer everyWeeks) {
    this.everyWeeks = everyWeeks;
  }

  public String getUntil() {
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }
}
