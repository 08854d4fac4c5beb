package org.johnschool.scheduling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.johnschool.platform.AuditedEntity;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.program.domain.Program;

/** A place where classes are held: address, rooms, how many people it seats, and access notes. */
@Entity
@Audited
public class Venue extends AuditedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "venue_seq")
  @SequenceGenerator(name = "venue_seq", sequenceName = "venue_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id", updatable = false)
  private Program program;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 500)
  private String address;

  @Column(nullable = false, length = 2000)
  private String rooms = "";

  @Column(nullable = false)
  private int capacity;

  @Column(name = "accessibility_notes", length = 2000)
  private String accessibilityNotes;

  @Column(name = "is_default", nullable = false)
  private boolean defaultVenue;

  @Column(nullable = false)
  private boolean active = true;

  protected Venue() {}

  public Venue(Program program, String name, String address, List<String> rooms, int capacity, String accessibilityNotes) {
    this.program = Objects.requireNonNull(program);
    describe(name, address, rooms, capacity, accessibilityNotes);
  }

  public void describe(String name, String address, List<String> rooms, int capacity, String accessibilityNotes) {
    List<FieldError> errors = new ArrayList<>();
    if (name == null || name.isBlank() || name.length() > 200) {
      errors.add(new FieldError("name", Phrase.of("venue.name")));
    }
    if (address == null || address.isBlank() || address.length() > 500) {
      errors.add(new FieldError("address", Phrase.of("venue.address")));
    }
    if (capacity < 1 || capacity > 1000) {
      errors.add(new FieldError("capacity", Phrase.of("venue.capacity")));
    }
    List<String> cleanRooms = rooms == null ? List.of() : rooms.stream().map(String::trim).filter(r -> !r.isEmpty()).distinct().toList();
    if (cleanRooms.stream().anyMatch(r -> r.length() > 100) || String.join("\n", cleanRooms).length() > 2000) {
      errors.add(new FieldError("rooms", Phrase.of("venue.rooms")));
    }
    if (accessibilityNotes != null && accessibilityNotes.length() > 2000) {
      errors.add(new FieldError("accessibilityNotes", Phrase.of("venue.accessibilityNotes")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    this.name = name.trim();
    this.address = address.trim();
    this.rooms = String.join("\n", cleanRooms);
    this.capacity = capacity;
    this.accessibilityNotes = accessibilityNotes == null || accessibilityNotes.isBlank() ? null : accessibilityNotes.trim();
  }

  public void makeDefault() {
    defaultVenue = true;
  }

  public void clearDefault() {
    defaultVenue = false;
  }

  public void deactivate() {
    active = false;
    defaultVenue = false;
  }

  public void activate() {
    active = true;
  }

  public boolean hasRoom(String room) {
    return getRooms().contains(room);
  }

  public Long getId() {
    return id;
  }

  public Program getProgram() {
    return program;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public List<String> getRooms() {
    return rooms.isEmpty() ? List.of() : Arrays.asList(rooms.split("\n"));
  }

  public int getCapacity() {
    return capacity;
  }

  public String getAccessibilityNotes() {
    return accessibilityNotes;
  }

  public boolean isDefaultVenue() {
    return defaultVenue;
  }

  public boolean isActive() {
    return active;
  }
}
