package org.johnschool.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.johnschool.platform.AuditedEntity;

/** A diversion program (e.g. a county's john school): the owner of courts, staff and cases. */
@Entity
@Audited
public class Program extends AuditedEntity implements java.io.Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "program_seq")
  @SequenceGenerator(name = "program_seq", sequenceName = "program_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 20)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 500)
  private String address;

  /** How many times a case may be moved to another session (default 1). */
  @Column(name = "reschedule_limit", nullable = false)
  private int rescheduleLimit = 1;

  @Column(name = "attendance_grace_minutes", nullable = false)
  private int attendanceGraceMinutes = 10;

  /** The program's time zone (an IANA name): it decides "today", class times, deadlines and due dates. */
  @Column(name = "completion_review", nullable = false)
  private boolean completionReview = true;

  @Column(name = "post_test_pass_mark")
  private Integer postTestPassMark;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone = DEFAULT_TIME_ZONE;

  /** Where a program is until its admin says otherwise (the programs this is built for are in California). */
  public static final String DEFAULT_TIME_ZONE = "America/Los_Angeles";

  protected Program() {}

  public Program(String code, String name, String address) {
    this.code = Objects.requireNonNull(code);
    rename(name, address);
  }

  public void rename(String name, String address) {
    this.name = Objects.requireNonNull(name);
    this.address = address;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public int getRescheduleLimit() {
    return rescheduleLimit;
  }

  public void changeRescheduleLimit(int limit) {
    if (limit < 0 || limit > 10) {
      throw new org.johnschool.platform.InvalidInputException("rescheduleLimit", "Choose a limit from 0 to 10.");
    }
    rescheduleLimit = limit;
  }

  /** Late arrival or early departure beyond this many minutes marks the modules it cuts into missed. */
  public int getAttendanceGraceMinutes() {
    return attendanceGraceMinutes;
  }

  public void changeAttendanceGraceMinutes(int minutes) {
    if (minutes < 0 || minutes > 120) {
      throw new org.johnschool.platform.InvalidInputException("attendanceGraceMinutes", "Choose from 0 to 120 minutes.");
    }
    attendanceGraceMinutes = minutes;
  }

  public java.time.ZoneId getZone() {
    return java.time.ZoneId.of(timeZone);
  }

  /** Moves the program to another time zone, named as the IANA database names it ("America/Chicago"). */
  public void changeTimeZone(String zone) {
    if (zone == null || !java.time.ZoneId.getAvailableZoneIds().contains(zone.strip())) {
      throw new org.johnschool.platform.InvalidInputException("timeZone", org.johnschool.platform.Phrase.of("program.timeZone", zone));
    }
    timeZone = zone.strip();
  }

  /** Whether a case whose completion rule holds waits for a coordinator's confirmation (else it completes by itself). */
  public boolean isCompletionReview() {
    return completionReview;
  }

  public void changeCompletionReview(boolean needed) {
    completionReview = needed;
  }

  /** The share of the post-test's knowledge items (in percent) a case must get right to complete; null: none. */
  public Integer getPostTestPassMark() {
    return postTestPassMark;
  }

  public void changePostTestPassMark(Integer percent) {
    if (percent != null && (percent < 0 || percent > 100)) {
      throw new org.johnschool.platform.InvalidInputException("postTestPassMark", org.johnschool.platform.Phrase.of("program.passMark"));
    }
    postTestPassMark = percent;
  }
}
