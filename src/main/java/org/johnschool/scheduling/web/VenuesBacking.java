package org.johnschool.scheduling.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.johnschool.curriculum.domain.PresenterRole;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;
import org.johnschool.scheduling.application.VenueDirectory;
import org.johnschool.identity.domain.Role;

/** Venues and presenters of the program (sessions/venues.xhtml): listed for planners and facilitators, added by planners. */
@Named
@ViewScoped
public class VenuesBacking implements Serializable {

  @Inject CurrentStaff staff;
  @Inject VenueDirectory directory;

  private List<VenueLine> venues;
  private List<PresenterLine> presenters;
  private String name;
  private String address;
  private String rooms;
  private Integer capacity;
  private String notes;
  private boolean makeDefault;
  private String presenterName;
  private PresenterRole presenterRole;
  private List<String> presenterLanguages = new java.util.ArrayList<>(List.of("en"));
  private String presenterEmail;

  public record VenueLine(long id, String name, String address, String rooms, int capacity, String notes, boolean isDefault, boolean active) implements java.io.Serializable {}

  public record PresenterLine(long id, String name, PresenterRole role, String languages, String email, boolean active) implements java.io.Serializable {}

  @PostConstruct
  void load() {
    venues = directory.venues(staff.scope()).stream().map(v -> new VenueLine(v.getId(), v.getName(), v.getAddress(),
        String.join(", ", v.getRooms()), v.getCapacity(), v.getAccessibilityNotes(), v.isDefaultVenue(), v.isActive())).toList();
    presenters = directory.presenters(staff.scope()).stream().map(p -> new PresenterLine(p.getId(), p.getName(), p.getRole(),
        String.join(", ", p.getLanguages()), p.getEmail(), p.isActive())).toList();
  }

  public void createVenue() {
    try {
      directory.createVenue(staff.scope(), name, address, rooms, capacity == null ? 0 : capacity, notes, makeDefault);
      Messages.info("common.saved");
      name = address = rooms = notes = null;
      capacity = null;
      makeDefault = false;
      load();
    } catch (BusinessException e) {
      Messages.refused(e, field -> switch (field) {
        case "name", "address", "rooms", "capacity" -> "venueForm:" + field;
        case "accessibilityNotes" -> "venueForm:notes";
        default -> null;
      });
    }
  }

  public void createPresenter() {
    try {
      directory.createPresenter(staff.scope(), presenterName, presenterRole, String.join(",", presenterLanguages), presenterEmail);
      Messages.info("common.saved");
      presenterName = presenterEmail = null;
      presenterRole = null;
      load();
    } catch (BusinessException e) {
      Messages.refused(e, field -> switch (field) {
        case "name" -> "presenterForm:presenterName";
        case "role" -> "presenterForm:presenterRole";
        case "languages" -> "presenterForm:presenterLanguages";
        case "email" -> "presenterForm:presenterEmail";
        default -> null;
      });
    }
  }

  /** Retires an active venue or brings a retired one back (sessions already planned keep it). */
  public void toggleVenue(VenueLine v) {
    try {
      directory.updateVenue(staff.scope(), v.id(), v.name(), v.address(), v.rooms().replace(", ", "\n"), v.capacity(), v.notes(), !v.active(),
          false);
      Messages.info("common.saved");
      load();
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  public void togglePresenter(PresenterLine p) {
    try {
      directory.updatePresenter(staff.scope(), p.id(), p.name(), p.role(), p.languages(), p.email(), !p.active());
      Messages.info("common.saved");
      load();
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  public boolean isPlanner() {
    return staff.isAny(Role.COORDINATOR, Role.ADMIN);
  }

  public PresenterRole[] getRoles() {
    return PresenterRole.values();
  }

  public List<VenueLine> getVenues() {
    return venues;
  }

  public List<PresenterLine> getPresenters() {
    return presenters;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getRooms() {
    return rooms;
  }

  public void setRooms(String rooms) {
    this.rooms = rooms;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public boolean isMakeDefault() {
    return makeDefault;
  }

  public void setMakeDefault(boolean makeDefault) {
    this.makeDefault = makeDefault;
  }

  public String getPresenterName() {
    return presenterName;
  }

  public void setPresenterName(String presenterName) {
    this.presenterName = presenterName;
  }

  public PresenterRole getPresenterRole() {
    return presenterRole;
  }

  public void setPresenterRole(PresenterRole presenterRole) {
    this.presenterRole = presenterRole;
  }

  public List<String> getPresenterLanguages() {
    return presenterLanguages;
  }

  public void setPresenterLanguages(List<String> presenterLanguages) {
    this.presenterLanguages = presenterLanguages == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(presenterLanguages);
  }

  /** A presenter's languages in words ("English, Spanish"), a code the pages have no name for as it is. */
  public String languageNames(String codes) {
    return codes == null ? "" : java.util.Arrays.stream(codes.split(",")).map(String::strip).filter(c -> !c.isEmpty())
        .map(c -> {
          try {
            return Messages.text("language." + c);
          } catch (java.util.MissingResourceException unnamed) {
            return c;
          }
        }).collect(java.util.stream.Collectors.joining(", "));
  }

  public String getPresenterEmail() {
    return presenterEmail;
  }

  public void setPresenterEmail(String presenterEmail) {
    this.presenterEmail = presenterEmail;
  }
}
