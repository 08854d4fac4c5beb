package org.johnschool.program.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;
import org.johnschool.program.application.ProgramSettings;

/** The program's settings page (admin/program.xhtml). */
@Named
@ViewScoped
public class ProgramBacking implements Serializable {

  @Inject CurrentStaff staff;
  @Inject ProgramSettings settings;

  private String code;
  private String name;
  private String address;
  private Integer rescheduleLimit;
  private Integer graceMinutes;
  private String timeZone;
  private boolean completionReview;
  private Integer passMark;

  @PostConstruct
  void load() {
    var s = settings.current(staff.scope());
    code = s.code();
    name = s.name();
    address = s.address();
    rescheduleLimit = s.rescheduleLimit();
    graceMinutes = s.attendanceGraceMinutes();
    timeZone = s.timeZone();
    completionReview = Boolean.TRUE.equals(s.completionReview());
    passMark = s.postTestPassMark();
  }

  public void save() {
    try {
      if (graceMinutes == null) {
        Messages.refused(new org.johnschool.platform.InvalidInputException("attendanceGraceMinutes", "Choose from 0 to 120 minutes."),
            field -> "program:graceMinutes");
        return;
      }
      settings.change(staff.scope(), new ProgramSettings.Settings(code, name, address, rescheduleLimit == null ? -1 : rescheduleLimit,
          graceMinutes, timeZone, completionReview, passMark));
      Messages.info("common.saved");
    } catch (BusinessException e) {
      Messages.refused(e, field -> switch (field) {
        case "attendanceGraceMinutes" -> "program:graceMinutes";
        case "postTestPassMark" -> "program:passMark";
        default -> "program:" + field;
      });
    }
  }

  public boolean isCompletionReview() {
    return completionReview;
  }

  public void setCompletionReview(boolean completionReview) {
    this.completionReview = completionReview;
  }

  public Integer getPassMark() {
    return passMark;
  }

  public void setPassMark(Integer passMark) {
    this.passMark = passMark;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  /** The time zones to choose from, as the IANA database names them (America/… first: the programs are American), the program's own among them. */
  public java.util.List<String> getTimeZones() {
    return java.time.ZoneId.getAvailableZoneIds().stream()
        .filter(z -> z.equals(timeZone) || z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
        .sorted(java.util.Comparator.comparing((String z) -> !z.startsWith("America/") && !z.startsWith("Pacific/Honolulu"))
            .thenComparing(java.util.Comparator.naturalOrder()))
        .toList();
  }

  public String getCode() {
    return code;
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

  public Integer getRescheduleLimit() {
    return rescheduleLimit;
  }

  public void setRescheduleLimit(Integer rescheduleLimit) {
    this.rescheduleLimit = rescheduleLimit;
  }

  public Integer getGraceMinutes() {
    return graceMinutes;
  }

  public void setGraceMinutes(Integer graceMinutes) {
    this.graceMinutes = graceMinutes;
  }
}
