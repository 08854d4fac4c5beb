package org.johnschool.scheduling.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;
import org.johnschool.scheduling.application.EnrollmentDesk;
import org.johnschool.scheduling.application.EnrollmentDesk.EnrollmentView;
import org.johnschool.scheduling.application.SessionQueries;
import org.johnschool.scheduling.application.SessionQueries.SessionSummary;
import org.johnschool.scheduling.application.WarningsToConfirmException;
import org.johnschool.scheduling.domain.EnrollmentStatus;
import org.johnschool.scheduling.domain.SessionFullException;
import org.johnschool.scheduling.domain.SessionStatus;
import org.johnschool.identity.domain.Role;

/**
 * The enrollment part of a case page (cases/case.xhtml): the current session or waitlist place and the
 * earlier ones; enroll, join a waitlist, reschedule or cancel, confirming warnings when there are any.
 */
@Named
@ViewScoped
public class CaseEnrollmentBacking implements Serializable {

  @Inject CurrentStaff staff;
  /** The case the page shows, read and scoped once by the page ({@code CaseBacking.load}). */
  @Inject org.johnschool.referral.web.CaseBacking openCase;
  @Inject EnrollmentDesk desk;
  @Inject SessionQueries sessions;
  @Inject org.johnschool.program.application.ProgramTime time;

  private long referralId;
  private List<EnrollmentView> enrollments = List.of();
  /** The classes a seat can be taken in; read when the enrollment form asks for them (most cases show no form). */
  private List<SessionSummary> options;
  private Long sessionId;
  private String reason;
  private List<String> warnings = List.of();
  private boolean offerWaitlist;

  @PostConstruct
  void load() {
    if (openCase.getReferral() == null || !staff.isAny(Role.COORDINATOR, Role.ADMIN, Role.FACILITATOR)) {
      return;
    }
    referralId = openCase.getReferral().id();
    refresh();
  }

  private void refresh() {
    enrollments = desk.ofCase(staff.scope(), referralId);
    options = null;
  }

  public String enroll() {
    return enroll(false, false);
  }

  public String confirmAndEnroll() {
    return enroll(true, false);
  }

  public String joinWaitlist() {
    return enroll(true, true);
  }

  private String enroll(boolean confirmed, boolean waitlist) {
    if (sessionId == null) {
      Messages.refused(new org.johnschool.platform.InvalidInputException("sessionId",
          org.johnschool.platform.Phrase.of("enrollment.session.choose")), field -> "enrollmentForm:session");
      return null;
    }
    try {
      EnrollmentView e = desk.enroll(staff.scope(), referralId, sessionId, waitlist, confirmed);
      Messages.info(e.status() == EnrollmentStatus.WAITLISTED ? "enrollment.waitlisted" : "enrollment.enrolled", e.date(), e.seatsLeft());
      return again();
    } catch (WarningsToConfirmException e) {
      warnings = e.explanations(Messages.locale());
      offerWaitlist = false;
      return null;
    } catch (SessionFullException e) {
      offerWaitlist = true;
      warnings = List.of();
      Messages.error("enrollment.full");
      return null;
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
      return null;
    }
  }

  public String reschedule() {
    if (sessionId == null) {
      Messages.refused(new org.johnschool.platform.InvalidInputException("sessionId",
          org.johnschool.platform.Phrase.of("enrollment.session.choose")), field -> "enrollmentForm:session");
      return null;
    }
    try {
      EnrollmentView e = desk.reschedule(staff.scope(), referralId, sessionId, reason, !warnings.isEmpty());
      Messages.info("enrollment.rescheduled", e.date());
      return again();
    } catch (WarningsToConfirmException e) {
      warnings = e.explanations(Messages.locale());
      return null;
    } catch (BusinessException e) {
      Messages.refused(e, field -> "reason".equals(field) ? "enrollmentForm:reason" : null);
      return null;
    }
  }

  public String cancel() {
    try {
      desk.cancel(staff.scope(), referralId, reason);
      Messages.info("enrollment.cancelled");
      return again();
    } catch (BusinessException e) {
      Messages.refused(e, field -> "reason".equals(field) ? "enrollmentForm:reason" : null);
      return null;
    }
  }

  private String again() {
    return "/cases/case?faces-redirect=true&id=" + referralId;
  }

  /** The current enrollment or waitlist place, or null. */
  public EnrollmentView getCurrent() {
    return enrollments.stream().filter(e -> e.status().isCurrent()).findFirst().orElse(null);
  }

  public boolean isEnrolled() {
    EnrollmentView c = getCurrent();
    return c != null && c.status() == EnrollmentStatus.ENROLLED;
  }

  public List<EnrollmentView> getEnrollments() {
    return enrollments;
  }

  public List<SessionSummary> getOptions() {
    if (options == null && (referralId == 0 || !staff.isAny(Role.COORDINATOR, Role.ADMIN))) {
      options = List.of();
    } else if (options == null) {
      LocalDate today = time.today(staff.scope().programId());
      options = sessions.between(staff.scope(), today, today.plusDays(180)).stream()
          .filter(s -> s.status() == SessionStatus.SCHEDULED)
          .filter(s -> getCurrent() == null || s.id() != getCurrent().sessionId())
          .toList();
    }
    return options;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public void setSessionId(Long sessionId) {
    this.sessionId = sessionId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<String> getWarnings() {
    return warnings;
  }

  public boolean isOfferWaitlist() {
    return offerWaitlist;
  }
}
