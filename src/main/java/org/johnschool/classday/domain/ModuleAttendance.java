package org.johnschool.classday.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * Whether a participant attended one module of a class day (counted once the module has ended), and the
 * facilitator's mark against the clock when there is one (null: the arrival and departure times decide).
 */
@Entity
@Audited
@Table(name = "module_attendance")
public class ModuleAttendance {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "module_attendance_seq")
  @SequenceGenerator(name = "module_attendance_seq", sequenceName = "module_attendance_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "attendance_id", updatable = false)
  private Attendance attendance;

  @Column(name = "module_key", nullable = false, updatable = false, length = 60)
  private String moduleKey;

  @Column(nullable = false, updatable = false)
  private boolean required;

  @Column(nullable = false)
  private boolean attended;

  @Column(name = "marked")
  private Boolean marked;

  protected ModuleAttendance() {}

  ModuleAttendance(Attendance attendance, String moduleKey, boolean required, boolean attended) {
    this.attendance = attendance;
    this.moduleKey = moduleKey;
    this.required = required;
    this.attended = attended;
  }

  void mark(boolean attended) {
    this.attended = attended;
  }

  void markAgainstTheClock(Boolean marked) {
    this.marked = marked;
  }

  public Boolean getMarked() {
    return marked;
  }

  public String getModuleKey() {
    return moduleKey;
  }

  public boolean isRequired() {
    return required;
  }

  public boolean isAttended() {
    return attended;
  }
}
