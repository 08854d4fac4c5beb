package org.johnschool.scheduling.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.NotFoundException;
import org.johnschool.platform.web.LanguageBacking;
import org.johnschool.platform.web.Messages;
import org.johnschool.scheduling.application.SessionForm;
import org.johnschool.scheduling.application.SessionPlanner;
import org.johnschool.scheduling.application.SessionQueries;
import org.johnschool.scheduling.application.SessionQueries.AgendaLine;
import org.johnschool.scheduling.application.SessionQueries.Roster;
import org.johnschool.scheduling.application.SessionQueries.SessionDetail;
import org.johnschool.scheduling.application.VenueDirectory;
import org.johnschool.scheduling.domain.Presenter;
import org.johnschool.identity.domain.Role;

/** One class session (sessions/session.xhtml): facts, agenda with presenters, roster and waitlist; move or cancel with a reason. */
@Named
@ViewScoped
public class SessionBacking implements Serializable {

  @Inject CurrentStaff staff;
  @Inject SessionQueries queries;
  @Inject SessionPlanner planner;
  @Inject VenueDirectory venues;
  @Inject LanguageBacking language;
  @Inject org.johnschool.program.application.ProgramTime time;

  private Long id;
  private SessionDetail detail;
  private Roster roster;
  private List<PresenterOption> presenters = List.of();
  private final java.util.Map<Integer, String> presenterChoice = new java.util.HashMap<>();
  private String reason;
  // the move form
  private String moveDate;
  private String moveStart;
  private String moveEnd;
  private Integer moveCapacity;
  private String moveRoom;

  /** A presenter as the agenda's select offers it. */
  public record PresenterOption(long id, String label) implements java.io.Serializable {}

  /** View action: 404 for a session outside the program. */
  public void load() throws IOException {
    try {
      if (id == null) {
        throw new NotFoundException("No session given.");
      }
      refresh();
      moveDate = detail.session().date().toString();
      moveStart = detail.session().start().toString();
      moveEnd = detail.session().end().toString();
      moveCapacity = detail.session().capacity();
      moveRoom = detail.session().room();
    } catch (NotFoundException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  private void refresh() {
    detail = queries.get(staff.scope(), id, language.getLanguage());
    roster = queries.roster(staff.scope(), id);
    presenterChoice.clear();
    for (AgendaLine l : detail.agenda()) {
      presenterChoice.put(l.position(), l.presenterId() == null ? "" : String.valueOf(l.presenterId()));
    }
    if (staff.isAny(Role.COORDINATOR, Role.ADMIN)) {
      List<PresenterOption> options = new ArrayList<>();
      for (Presenter p : venues.presenters(staff.scope())) {
        if (p.isActive()) {
          options.add(new PresenterOption(p.getId(), p.getName() + " (" + Messages.text("presenter." + p.getRole().name()) + ")"));
        }
      }
      presenters = options;
    }
  }

  public void cancelSession() {
    try {
      int told = planner.cancel(staff.scope(), id, reason);
      Messages.info("session.cancelled", told);
      reason = null;
      refresh();
    } catch (BusinessException e) {
      Messages.refused(e, field -> "reason".equals(field) ? "cancelForm:cancelReason" : null);
    }
  }

  /** Moves the session; the page then comes back at its address, its title and facts on the new day. */
  public String moveSession() {
    try {
      planner.move(staff.scope(), id, new SessionForm(moveDate, moveStart, moveEnd, detail.session().language(), moveCapacity, null, moveRoom,
          null, null, null), reason);
      Messages.info("session.moved", roster.enrolled().size());
      return "/sessions/session?faces-redirect=true&id=" + id;
    } catch (BusinessException e) {
      Messages.refused(e, field -> switch (field) {
        case "date" -> "moveForm:moveDate";
        case "start" -> "moveForm:moveStart";
        case "end" -> "moveForm:moveEnd";
        case "capacity" -> "moveForm:moveCapacity";
        case "room" -> "moveForm:moveRoom";
        case "reason" -> "moveForm:moveReason";
        default -> null;
      });
      return null;
    }
  }

  public void assign(AgendaLine line) {
    String chosen = presenterChoice.get(line.position());
    try {
      planner.assignPresenter(staff.scope(), id, line.position(), chosen == null || chosen.isBlank() ? null : Long.valueOf(chosen));
      Messages.info("common.saved");
      refresh();
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  /** Moves an agenda line one place earlier (-1) or later (+1). */
  public void shift(AgendaLine line, int by) {
    List<Integer> order = new ArrayList<>(detail.agenda().stream().map(AgendaLine::position).toList());
    int i = order.indexOf(line.position());
    int j = i + by;
    if (j < 0 || j >= order.size()) {
      return;
    }
    order.set(i, order.get(j));
    order.set(j, line.position());
    try {
      planner.reorderAgenda(staff.scope(), id, order);
      refresh();
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  public boolean isPlanner() {
    return staff.isAny(Role.COORDINATOR, Role.ADMIN);
  }

  public boolean isOpen() {
    return detail != null && detail.session().status().name().equals("SCHEDULED")
        && !detail.session().date().isBefore(time.today(staff.scope().programId()));
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public SessionDetail getDetail() {
    return detail;
  }

  public Roster getRoster() {
    return roster;
  }

  public java.util.Map<Integer, String> getPresenterChoice() {
    return presenterChoice;
  }

  public List<PresenterOption> getPresenters() {
    return presenters;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getMoveDate() {
    return moveDate;
  }

  public void setMoveDate(String moveDate) {
    this.moveDate = moveDate;
  }

  public String getMoveStart() {
    return moveStart;
  }

  public void setMoveStart(String moveStart) {
    this.moveStart = moveStart;
  }

  public String getMoveEnd() {
    return moveEnd;
  }

  public void setMoveEnd(String moveEnd) {
    this.moveEnd = moveEnd;
  }

  public Integer getMoveCapacity() {
    return moveCapacity;
  }

  public void setMoveCapacity(Integer moveCapacity) {
    this.moveCapacity = moveCapacity;
  }

  public String getMoveRoom() {
    return moveRoom;
  }

  public void setMoveRoom(String moveRoom) {
    this.moveRoom = moveRoom;
  }
}
