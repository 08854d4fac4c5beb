package org.johnschool.curriculum.domain;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.johnschool.curriculum.domain.CurriculumContent.AgendaEntry;

/** A line of a version's day: a module (by its id) or a break, with its minutes. */
@Entity
@Audited
@Table(name = "agenda_item")
public class AgendaItem {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agenda_item_seq")
  @SequenceGenerator(name = "agenda_item_seq", sequenceName = "agenda_item_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id", updatable = false)
  private CurriculumVersion version;

  @Column(nullable = false, updatable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private AgendaKind kind;

  @Column(name = "module_key", updatable = false, length = 60)
  private String moduleKey;

  @Column(nullable = false, updatable = false)
  private int minutes;

  protected AgendaItem() {}

  AgendaItem(CurriculumVersion version, int position, AgendaEntry entry) {
    this.version = version;
    this.position = position;
    this.kind = entry.kind();
    this.moduleKey = entry.moduleKey();
    this.minutes = entry.minutes();
  }

  public int getPosition() {
    return position;
  }

  public AgendaKind getKind() {
    return kind;
  }

  public String getModuleKey() {
    return moduleKey;
  }

  public int getMinutes() {
    return minutes;
  }
}
