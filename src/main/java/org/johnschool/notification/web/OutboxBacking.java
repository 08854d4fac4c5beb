package org.johnschool.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.notification.application.Notices;
import org.johnschool.notification.application.Notices.OutboxLine;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The admins' outbox (admin/outbox.xhtml): every notice written to participants, newest first, paged in the database. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

  @Inject CurrentStaff staff;
  @Inject Notices notices;

  private LazyDataModel<OutboxLine> model;

  @PostConstruct
  void init() {
    model = new LazyDataModel<>() {
      @Override
      public int count(Map<String, FilterMeta> filters) {
        return (int) notices.outboxSize(staff.scope());
      }

      @Override
      public List<OutboxLine> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return notices.outbox(staff.scope(), first, size);
      }

      @Override
      public String getRowKey(OutboxLine line) {
        return String.valueOf(line.id());
      }
    };
  }

  public LazyDataModel<OutboxLine> getModel() {
    return model;
  }
}
