package org.johnschool.scheduling.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.johnschool.curriculum.domain.AgendaItem;
import org.johnschool.curriculum.domain.CurriculumVersion;
import org.johnschool.platform.AuditedEntity;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.InvalidTransitionException;
import org.johnschool.program.domain.Program;

/**
 * A class day: when and where, in which language, how many seats, and the curriculum version it is taught
 * with (fixed when the session is created, whatever versions come later). It counts its own seats and
 * refuses one more than its capacity.
 */
@Entity
@Audited
@Table(name = "class_session")
public class ClassSession extends AuditedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "class_session_seq")
  @SequenceGenerator(name = "class_session_seq", sequenceName = "class_session_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id", updatable = false)
  private Program program;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "curriculum_version_id", updatable = false)
  private CurriculumVersion curriculumVersion;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "venue_id")
  private Venue venue;

  @Column(length = 100)
  private String room;

  @Column(name = "session_date", nullable = false)
  private LocalDate date;

  @Column(name = "start_time", nullable = false)
  private LocalTime start;

  @Column(name = "end_time", nullable = false)
  private LocalTime end;

  @Column(nullable = false, length = 8)
  private String language;

  @Column(nullable = false)
  private int capacity;

  @Column(nullable = false)
  private int enrolled;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SessionStatus status = SessionStatus.SCHEDULED;

  @Column(name = "series_id", updatable = false)
  private UUID seriesId;

  @Column(name = "change_reason", length = 1000)
  private String changeReason;

  @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<SessionAgendaItem> agenda = new ArrayList<>();

  protected ClassSession() {}

  public ClassSession(Program program, CurriculumVersion version, Venue venue, String room, SessionTimes times, String language,
      int capacity, UUID seriesId, LocalDate today) {
    this.program = Objects.requireNonNull(program);
    this.curriculumVersion = Objects.requireNonNull(version);
    this.seriesId = seriesId;
    List<FieldError> errors = new ArrayList<>();
    checkTimes(times, today, errors);
    checkPlace(venue, room, capacity, errors);
    if (language == null || !version.getLanguages().contains(language)) {
      errors.add(new FieldError("language", Phrase.of("session.language", String.join(", ", version.getLanguages()))));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    place(venue, room, times);
    this.language = language;
    this.capacity = capacity;
    int position = 0;
    for (AgendaItem item : version.getAgenda()) {
      agenda.add(new SessionAgendaItem(this, ++position, item));
    }
  }

  private static void checkTimes(SessionTimes t, LocalDate today, List<FieldError> errors) {
    if (t == null || t.date() == null) {
      errors.add(new FieldError("date", Phrase.of("session.date.missing")));
    } else if (t.date().isBefore(today)) {
      errors.add(new FieldError("date", Phrase.of("session.date.past")));
    } else if (t.date().isAfter(today.plusYears(3))) {
      errors.add(new FieldError("date", Phrase.of("session.date.tooFar")));
    }
    if (t == null || t.start() == null) {
      errors.add(new FieldError("start", Phrase.of("session.start.missing")));
    }
    if (t == null || t.end() == null) {
      errors.add(new FieldError("end", Phrase.of("session.end.missing")));
    } else if (t.start() != null && !t.end().isAfter(t.start())) {
      errors.add(new FieldError("end", Phrase.of("session.end.beforeStart")));
    }
  }

  private void checkPlace(Venue venue, String room, int capacity, List<FieldError> errors) {
    if (venue == null || !venue.isActive()) {
      errors.add(new FieldError("venueId", Phrase.of("session.venue.missing")));
      return;
    }
    if (room != null && !room.isBlank() && !venue.hasRoom(room.trim())) {
      errors.add(new FieldError("room", venue.getRooms().isEmpty() ? Phrase.of("session.room.none", room.trim())
          : Phrase.of("session.room.unknown", room.trim(), String.join(", ", venue.getRooms()))));
    }
    if (capacity < 1 || capacity > venue.getCapacity()) {
      errors.add(new FieldError("capacity", Phrase.of("session.capacity.range", venue.getCapacity())));
    } else if (capacity < enrolled) {
      errors.add(new FieldError("capacity", Phrase.of("session.capacity.belowEnrolled", enrolled)));
    }
  }

  private void place(Venue venue, String room, SessionTimes times) {
    this.venue = venue;
    this.room = room == null || room.isBlank() ? null : room.trim();
    this.date = times.date();
    this.start = times.start();
    this.end = times.end();
  }

  /** Takes one seat for an enrollment; refuses when the session is cancelled, over or full. */
  public void takeSeat(LocalDate today) {
    requireOpen(today);
    if (enrolled >= capacity) {
      throw new SessionFullException(id, capacity);
    }
    enrolled++;
  }

  /** Gives back a seat (an enrollment cancelled or moved away). */
  public void releaseSeat() {
    if (enrolled == 0) {
      throw new IllegalStateException("No seat is taken in session " + id + ".");
    }
    enrolled--;
  }

  /** A session that can still take enrollments or waitlist places. */
  public void requireOpen(LocalDate today) {
    if (status == SessionStatus.CANCELLED) {
      throw new InvalidTransitionException(Phrase.of("session.cancelled", date));
    }
    if (date.isBefore(today)) {
      throw new InvalidTransitionException(Phrase.of("session.past", date));
    }
  }

  public boolean isFull() {
    return enrolled >= capacity;
  }

  public int seatsLeft() {
    return status == SessionStatus.CANCELLED ? 0 : capacity - enrolled;
  }

  /** Moves the session to another time or place, with the reason the participants will read. */
  public void move(Venue venue, String room, SessionTimes times, int capacity, String reason, LocalDate today) {
    requireOpen(today);
    List<FieldError> errors = new ArrayList<>();
    checkTimes(times, today, errors);
    checkPlace(venue, room, capacity, errors);
    checkReason(reason, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    place(venue, room, times);
    this.capacity = capacity;
    this.changeReason = reason.trim();
  }

  /** Cancels the session with the reason the participants will read; their enrollments end with it. */
  public void cancel(String reason, LocalDate today) {
    requireOpen(today);
    List<FieldError> errors = new ArrayList<>();
    checkReason(reason, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    status = SessionStatus.CANCELLED;
    changeReason = reason.trim();
    enrolled = 0;
  }

  private static void checkReason(String reason, List<FieldError> errors) {
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      errors.add(new FieldError("reason", Phrase.of("session.reason")));
    }
  }

  /** Puts the agenda in a new order, given as the current positions in their new order. */
  public void reorderAgenda(List<Integer> order) {
    List<Integer> current = agenda.stream().map(SessionAgendaItem::getPosition).sorted().toList();
    if (order == null || !order.stream().sorted().toList().equals(current)) {
      throw new InvalidInputException("order", Phrase.of("session.agenda.order"));
    }
    List<SessionAgendaItem> byOld = new ArrayList<>(agenda);
    byOld.sort(Comparator.comparingInt(SessionAgendaItem::getPosition));
    for (int i = 0; i < order.size(); i++) {
      byOld.get(order.get(i) - 1).moveTo(i + 1);
    }
    agenda.sort(Comparator.comparingInt(SessionAgendaItem::getPosition));
  }

  /** Names the presenter of a module of the agenda (or clears it with null). */
  public void assignPresenter(int position, Presenter presenter) {
    SessionAgendaItem item = agenda.stream().filter(i -> i.getPosition() == position).findFirst()
        .orElseThrow(() -> new InvalidInputException("position", Phrase.of("session.agenda.noItem", position)));
    if (item.getModuleKey() == null) {
      throw new InvalidInputException("position", Phrase.of("session.agenda.break"));
    }
    if (presenter != null && !presenter.getProgram().getId().equals(program.getId())) {
      throw new InvalidInputException("presenterId", Phrase.of("session.presenter.unknown"));
    }
    item.assign(presenter);
  }

  public Long getId() {
    return id;
  }

  public Program getProgram() {
    return program;
  }

  public CurriculumVersion getCurriculumVersion() {
    return curriculumVersion;
  }

  public Venue getVenue() {
    return venue;
  }

  public String getRoom() {
    return room;
  }

  public LocalDate getDate() {
    return date;
  }

  public LocalTime getStart() {
    return start;
  }

  public LocalTime getEnd() {
    return end;
  }

  public String getLanguage() {
    return language;
  }

  public int getCapacity() {
    return capacity;
  }

  public int getEnrolled() {
    return enrolled;
  }

  public SessionStatus getStatus() {
    return status;
  }

  public UUID getSeriesId() {
    return seriesId;
  }

  public String getChangeReason() {
    return changeReason;
  }

  public List<SessionAgendaItem> getAgenda() {
    return List.copyOf(agenda);
  }
}
