package org.johnschool.referral.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.johnschool.court.application.CourtDirectory;
import org.johnschool.court.domain.Court;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.web.Messages;
import org.johnschool.referral.application.ReferralQueries;
import org.johnschool.referral.application.ReferralView;
import org.johnschool.referral.domain.ReferralSort;
import org.johnschool.referral.domain.ReferralStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Case lists (clerk/referrals.xhtml, cases/list.xhtml): paged and sorted in the database, filters kept for the session. */
@Named
@ViewScoped
public class ReferralListBacking implements Serializable {

  @Inject CurrentStaff staff;
  @Inject ReferralQueries queries;
  @Inject CourtDirectory courts;
  @Inject ListFilters filters;

  private String statusParam;
  private List<Court> courtList;
  private String fromText;
  private String toText;

  private final LazyDataModel<ReferralView> model = new LazyDataModel<>() {
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, queries.count(staff.scope(), filters.toFilter()));
    }

    @Override
    public List<ReferralView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      ReferralSort sort = ReferralSort.REFERRAL_DATE;
      boolean ascending = false;
      if (sortBy != null && !sortBy.isEmpty()) {
        SortMeta meta = sortBy.values().iterator().next();
        sort = switch (meta.getField()) {
          case "deadline" -> ReferralSort.DEADLINE;
          case "status" -> ReferralSort.STATUS;
          case "courtCaseNumber" -> ReferralSort.COURT_CASE_NUMBER;
          case "person.lastName" -> ReferralSort.LAST_NAME;
          case "court.code" -> ReferralSort.COURT;
          default -> ReferralSort.REFERRAL_DATE;
        };
        ascending = meta.getOrder() == SortOrder.ASCENDING;
      }
      // The table has counted (count above) before it loads: one count per rendering, not two.
      return queries.items(staff.scope(), filters.toFilter(), sort, ascending, first, pageSize);
    }

    @Override
    public String getRowKey(ReferralView r) {
      return String.valueOf(r.id());
    }
  };

  @PostConstruct
  void init() {
    courtList = courts.courtsOf(staff.scope());
    fromText = filters.getFrom() == null ? null : filters.getFrom().toString();
    toText = filters.getTo() == null ? null : filters.getTo().toString();
  }

  /** A dashboard card opens the list filtered by status (view parameter). */
  public void applyStatusParam() {
    if (statusParam != null && !statusParam.isBlank()) {
      try {
        filters.clear();
        filters.setStatus(ReferralStatus.valueOf(statusParam));
      } catch (IllegalArgumentException e) {
        filters.setStatus(null);
      }
      fromText = null;
      toText = null;
    }
  }

  public void search() {
    filters.setFrom(date(fromText));
    filters.setTo(date(toText));
    if (filters.getFrom() != null && filters.getTo() != null && filters.getFrom().isAfter(filters.getTo())) {
      Messages.error("list.filter.order");
    }
  }

  /** Whether the list is filtered: an empty one then says that nothing matches. */
  public boolean isFiltered() {
    return filters.isAny();
  }

  public void clear() {
    filters.clear();
    fromText = null;
    toText = null;
  }

  private static LocalDate date(String text) {
    try {
      return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public LazyDataModel<ReferralView> getModel() {
    return model;
  }

  public ListFilters getFilters() {
    return filters;
  }

  public List<Court> getCourts() {
    return courtList;
  }

  public ReferralStatus[] getStatuses() {
    return ReferralStatus.values();
  }

  public String getStatusParam() {
    return statusParam;
  }

  public void setStatusParam(String statusParam) {
    this.statusParam = statusParam;
  }

  public String getFromText() {
    return fromText;
  }

  public void setFromText(String fromText) {
    this.fromText = fromText;
  }

  public String getToText() {
    return toText;
  }

  public void setToText(String toText) {
    this.toText = toText;
  }
}
