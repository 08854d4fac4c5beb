package org.johnschool.referral.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.LocalDate;
import org.johnschool.referral.domain.ReferralFilter;
import org.johnschool.referral.domain.ReferralStatus;

/** The case-list filters a person chose, remembered for the session. */
@SessionScoped
public class ListFilters implements Serializable {

  private ReferralStatus status;
  private String court;
  private LocalDate from;
  private LocalDate to;
  private String name;

  public ReferralFilter toFilter() {
    return new ReferralFilter(status, court == null || court.isBlank() ? null : court,
        from, to, name == null || name.isBlank() ? null : name.trim());
  }

  /** Whether any filter is set (an empty list then says that nothing matches, not that there is nothing). */
  public boolean isAny() {
    return status != null || (court != null && !court.isBlank()) || from != null || to != null || (name != null && !name.isBlank());
  }

  public void clear() {
    status = null;
    court = null;
    from = null;
    to = null;
    name = null;
  }

  public ReferralStatus getStatus() {
    return status;
  }

  public void setStatus(ReferralStatus status) {
    this.status = status;
  }

  public String getCourt() {
    return court;
  }

  public void setCourt(String court) {
    this.court = court;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
