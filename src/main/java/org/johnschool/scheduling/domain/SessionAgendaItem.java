package org.johnschool.scheduling.domain;

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
import org.johnschool.curriculum.domain.AgendaItem;
import org.johnschool.curriculum.domain.AgendaKind;

/** A line of one session's day: a module of its curriculum version or a break, in the session's order, with its presenter. */
@Entity
@Audited
@Table(name = "session_agenda_item")
public class SessionAgendaItem {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_agenda_item_seq")
  @SequenceGenerator(name = "session_agenda_item_seq", sequenceName = "session_agenda_item_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", updatable = false)
  private ClassSession session;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private AgendaKind kind;

  @Column(name = "module_key", updatable = false, length = 60)
  private String moduleKey;

  @Column(nullable = false, updatable = false)
  private int minutes;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "presenter_id")
  private Presenter presenter;

  protected SessionAgendaItem() {}

  SessionAgendaItem(ClassSession session, int position, AgendaItem from) {
    this.session = session;
    this.position = position;
    this.kind = from.getKind();
    this.moduleKey = from.getModuleKey();
    this.minutes = from.getMinutes();
  }

  void moveTo(int position) {
    this.position = position;
  }

  void assign(Presenter presenter) {
    this.presenter = presenter;
  }

  public Long getId() {
    return id;
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

  public Presenter getPresenter() {
    return presenter;
  }
}
