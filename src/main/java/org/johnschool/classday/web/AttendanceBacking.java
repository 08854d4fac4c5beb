package org.johnschool.classday.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.johnschool.classday.application.AttendanceForm;
import org.johnschool.classday.application.ClassDay;
import org.johnschool.classday.application.ClassDay.Participant;
import org.johnschool.classday.application.ClassDay.Roster;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;

/**
 * The facilitator's class-day roster (sessions/attendance.xhtml), made for a tablet: one card per
 * participant with check-in (ID verified, arrival), departure, status, the modules and remarks. Modules
 * follow the clock unless the facilitator changes a box.
 */
@Named
@ViewScoped
public class AttendanceBacking implements Serializable {

  @Inject ClassDay classDay;
  @Inject org.johnschool.program.application.ProgramTime time;
  @Inject CurrentStaff staff;
  @Inject org.johnschool.classday.application.PrePostTests tests;

  /** A participant's card as edited on the page. */
  public static class Card implements Serializable {
    private final Participant participant;
    private String status = "";
    private boolean idVerified;
    private String arrived;
    private String departed;
    private String remarks;
    private final Map<String, Boolean> modules = new LinkedHashMap<>();
    private final Map<String, Boolean> recorded = new LinkedHashMap<>();

    Card(Participant p) {
      this.participant = p;
      this.status = p.status() == null ? "" : p.status().name();
      this.idVerified = p.idVerified();
      this.arrived = p.arrived() == null ? null : p.arrived().toString();
      this.departed = p.departed() == null ? null : p.departed().toString();
      this.remarks = p.remarks();
      p.modules().forEach((k, v) -> {
        modules.put(k, Boolean.TRUE.equals(v));
        recorded.put(k, v);
      });
    }

    /** Only the boxes the facilitator changed since the last save overrule the clock. */
    Map<String, Boolean> changedModules() {
      Map<String, Boolean> changed = new LinkedHashMap<>();
      modules.forEach((k, v) -> {
        if (recorded.get(k) != null && !recorded.get(k).equals(v)) {
          changed.put(k, v);
        }
      });
      return changed;
    }

    public Participant getParticipant() {
      return participant;
    }

    public String getStatus() {
      return status;
    }

    public void setStatus(String status) {
      this.status = status;
    }

    public boolean isIdVerified() {
      return idVerified;
    }

    public void setIdVerified(boolean idVerified) {
      this.idVerified = idVerified;
    }

    public String getArrived() {
      return arrived;
    }

    public void setArrived(String arrived) {
      this.arrived = arrived;
    }

    public String getDeparted() {
      return departed;
    }

    public void setDeparted(String departed) {
      this.departed = departed;
    }

    public String getRemarks() {
      return remarks;
    }

    public void setRemarks(String remarks) {
      this.remarks = remarks;
    }

    public Map<String, Boolean> getModules() {
      return modules;
    }

    /** Whether this module is still to end (it counts once it has; its box cannot be ticked yet). */
    public boolean toCome(String key) {
      return participant.status() != null && participant.status().came() && recorded.containsKey(key) && recorded.get(key) == null;
    }

    /** The modules ticked as attended (the page's check boxes). */
    public List<String> getAttended() {
      return modules.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    public void setAttended(List<String> attended) {
      modules.replaceAll((k, v) -> attended != null && attended.contains(k));
    }
  }

  private Long id;
  private Roster roster;
  private List<Card> cards = new ArrayList<>();
  private Card editing;
  private String query;
  private List<Card> shown = List.of();
  private Counts counts = new Counts(0, 0, 0, 0);

  public void load() {
    try {
      if (id == null) {
        throw new org.johnschool.platform.NotFoundException("No session given.");
      }
      roster = classDay.roster(staff.scope(), id);
      cards = new ArrayList<>(roster.participants().stream().map(Card::new).toList());
      counts = new Counts(cards.size(), cards.stream().filter(c -> c.getParticipant().arrived() != null).count(),
          cards.stream().filter(c -> "ABSENT".equals(c.getStatus())).count(),
          cards.stream().filter(c -> c.getParticipant().departed() != null).count());
      search();
    } catch (org.johnschool.platform.NotFoundException e) {
      try {
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
      } catch (java.io.IOException io) {
        throw new java.io.UncheckedIOException(io);
      }
      jakarta.faces.context.FacesContext.getCurrentInstance().responseComplete();
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  /** Opens a participant's card for recording. */
  public void edit(Card card) {
    editing = card;
  }

  /** Opens the pre- or post-test on the kiosk for the participant being recorded and shows the code to hand over. */
  public void openKiosk(String kind) {
    try {
      var ticket = tests.openKiosk(staff.scope(), editing.getParticipant().referralId(), kind, id);
      Messages.info("attendance.kioskCode", Messages.text("completion.test." + ticket.kind()), ticket.code(),
          ticket.expiresAt().atZone(time.zone(staff.scope().programId())).toLocalTime().truncatedTo(ChronoUnit.MINUTES));
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  public void close() {
    editing = null;
  }

  /**
   * One tap on the roster: the facilitator has seen the photo ID, the arrival is the current minute, the rest by the
   * clock.
   */
  public void checkInNow(Card card) {
    card.setIdVerified(true);
    if (card.getArrived() == null || card.getArrived().isBlank()) {
      card.setArrived(time.now(staff.scope().programId()).toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString());
    }
    editing = card;
    save();
  }

  /** Narrows the roster to the participants whose name or case number contains what was typed. */
  public void search() {
    String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
    shown = q.isEmpty() ? cards : cards.stream().filter(c -> (c.getParticipant().name() + " " + c.getParticipant().courtCaseNumber())
        .toLowerCase(java.util.Locale.ROOT).contains(q)).toList();
  }

  /** The roster's counts: expected (holding a seat), arrived, absent, left. */
  public record Counts(long expected, long arrived, long absent, long left) implements Serializable {}

  public Counts getCounts() {
    return counts;
  }

  public List<Card> getShown() {
    return shown;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  /** Check-in now: the arrival is the current minute (the ID box must be ticked). */
  public void checkInNow() {
    if (editing.getArrived() == null || editing.getArrived().isBlank()) {
      editing.setArrived(time.now(staff.scope().programId()).toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString());
    }
    save();
  }

  /** The facilitator closes the roster at the end of the day (those still there leave at the end). */
  public void closeRoster() {
    try {
      classDay.close(staff.scope(), id);
      Messages.info("attendance.closed");
      editing = null;
      load();
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  public void save() {
    Card card = editing;
    if (card == null) {
      return;
    }
    try {
      Participant p = classDay.record(staff.scope(), id, card.getParticipant().referralId(), new AttendanceForm(card.getStatus(),
          card.isIdVerified(), card.getArrived(), card.getDeparted(), card.changedModules(), card.getRemarks()).toEntry());
      Messages.info("attendance.saved", p.name(), Messages.text("attendance.status." + p.status()));
      load();
      editing = null;
    } catch (BusinessException e) {
      Messages.refused(e, field -> switch (field) {
        case "arrived", "departed", "idVerified", "remarks" -> "editForm:" + field;
        default -> null;
      });
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Roster getRoster() {
    return roster;
  }

  public List<Card> getCards() {
    return cards;
  }

  public Card getEditing() {
    return editing;
  }

  public String moduleTitle(String key) {
    return roster == null ? key : roster.modules().stream().filter(m -> m.key().equals(key)).map(ClassDay.ModuleLine::title).findFirst()
        .orElse(key);
  }
}
