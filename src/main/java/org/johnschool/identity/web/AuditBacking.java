package org.johnschool.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.johnschool.identity.application.AuditTrail;
import org.johnschool.identity.application.AuditTrail.ChangeLine;
import org.johnschool.identity.application.AuditTrail.EventLine;
import org.johnschool.identity.application.AuditTrail.Filter;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.identity.application.RevisionChanges;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.rest.QueryParams;
import org.johnschool.platform.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The admins' audit page (admin/audit.xhtml): security events and data changes, filtered, paged in the database. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  @Inject CurrentStaff staff;
  @Inject AuditTrail trail;
  @Inject RevisionChanges revisions;

  private String username;
  private String type;
  private String outcome;
  private String from;
  private String to;
  private Filter filter = new Filter(null, null, null, null, null);
  private LazyDataModel<EventLine> events;
  private LazyDataModel<ChangeLine> changes;
  private RevisionChanges.Detail shown;

  @PostConstruct
  void init() {
    events = new LazyDataModel<>() {
      @Override
      public int count(Map<String, FilterMeta> filters) {
        return (int) trail.eventCount(staff.scope(), filter);
      }

      @Override
      public List<EventLine> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return trail.events(staff.scope(), filter, first / size, size).items();
      }

      @Override
      public String getRowKey(EventLine line) {
        return String.valueOf(line.id());
      }
    };
    changes = new LazyDataModel<>() {
      @Override
      public int count(Map<String, FilterMeta> filters) {
        return (int) trail.changeCount(staff.scope(), changeFilter());
      }

      @Override
      public List<ChangeLine> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return trail.changes(staff.scope(), changeFilter(), first / size, size).items();
      }

      @Override
      public String getRowKey(ChangeLine line) {
        return String.valueOf(line.revision());
      }
    };
  }

  private Filter changeFilter() {
    return new Filter(filter.username(), null, null, filter.from(), filter.to());
  }

  /** Applies the filter fields (checked first, so a bad one is named and the lists stay as they were). */
  public void search() {
    try {
      Filter wanted = new Filter(username, type, outcome, QueryParams.date(from, "from", null), QueryParams.date(to, "to", null));
      trail.eventCount(staff.scope(), wanted);
      filter = wanted;
    } catch (BusinessException e) {
      Messages.refused(e, field -> "filter:" + field);
    }
  }

  /** Opens one data change, field by field (the dialog). */
  public void show(long revision) {
    try {
      shown = revisions.of(staff.scope(), revision);
    } catch (BusinessException e) {
      shown = null;
      Messages.refused(e, field -> null);
    }
  }

  public RevisionChanges.Detail getShown() {
    return shown;
  }

  public void clear() {
    username = null;
    type = null;
    outcome = null;
    from = null;
    to = null;
    filter = new Filter(null, null, null, null, null);
  }

  /**
   * A moment as people read it, to the second with its zone ("2026-12-02 09:14:05 PST"). The server's zone until the
   * program has a time zone of its own (issue 21).
   */
  public String when(java.time.Instant at) {
    return at == null ? "" : WHEN.format(at.atZone(java.time.ZoneId.systemDefault()));
  }

  private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

  public List<String> getTypes() {
    return AuditTrail.eventTypes();
  }

  public LazyDataModel<EventLine> getEvents() {
    return events;
  }

  public LazyDataModel<ChangeLine> getChanges() {
    return changes;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
