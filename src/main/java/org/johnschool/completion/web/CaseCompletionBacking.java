package org.johnschool.completion.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.johnschool.classday.application.ClassDay.Progress;
import org.johnschool.classday.application.MakeUps;
import org.johnschool.classday.application.PrePostTests.SittingView;
import org.johnschool.completion.application.Completions;
import org.johnschool.completion.application.Completions.CompletionView;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;
import org.johnschool.referral.application.CaseOutcomes;
import org.johnschool.scheduling.application.SessionQueries.SessionSummary;
import org.johnschool.scheduling.application.WarningsToConfirmException;
import org.johnschool.identity.domain.Role;

/**
 * The completion part of a case page: the rule's trace, the modules attended and remaining, the tests, the
 * certificate; a make-up seat for missed modules; an admin's completion against the rule; failure back to
 * court once the deadline has passed.
 */
@Named
@ViewScoped
public class CaseCompletionBacking implements Serializable {

  @Inject CurrentStaff staff;
  /** The case the page shows, read and scoped once by the page ({@code CaseBacking.load}). */
  @Inject org.johnschool.referral.web.CaseBacking openCase;
  @Inject Completions completions;
  @Inject MakeUps makeUps;
  @Inject CaseOutcomes outcomes;

  private long referralId;
  private CompletionView completion;
  private Progress progress;
  private List<SittingView> tests = List.of();
  private org.johnschool.classday.application.MakeUps.Offer makeUp = org.johnschool.classday.application.MakeUps.Offer.NONE;
  private LocalDate deadline;
  private Long sessionId;
  private String reason;
  private String adminReason;
  private String failReason;
  private String failGround;
  private String sendBackReason;
  private org.johnschool.referral.domain.Referral.Failable failable = org.johnschool.referral.domain.Referral.Failable.NO;
  private List<String> warnings = List.of();

  @PostConstruct
  void load() {
    if (openCase.getReferral() == null || !staff.isAny(Role.COORDINATOR, Role.ADMIN, Role.FACILITATOR)) {
      return;
    }
    referralId = openCase.getReferral().id();
    try {
      var part = completions.casePart(staff.scope(), referralId, FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
      completion = part.completion();
      progress = part.progress();
      tests = part.tests();
      deadline = part.deadline();
      failable = outcomes.failable(staff.scope(), referralId);
      if (staff.isAny(Role.COORDINATOR, Role.ADMIN)) {
        makeUp = makeUps.offer(staff.scope(), referralId);
      }
    } catch (BusinessException e) {
      completion = null;
    }
  }

  public boolean isVisible() {
    return completion != null;
  }

  /** A make-up seat can be booked (the rule is {@code MakeUps.offer}). */
  public boolean isMakeUpPossible() {
    return completion != null && makeUp.possible();
  }

  /** Whether this person may fail the case now (the rule: after the deadline, or an admin on a ground before it). */
  public boolean isFailPossible() {
    return failable != org.johnschool.referral.domain.Referral.Failable.NO;
  }

  /** Before the deadline the failure needs a ground. */
  public boolean isGroundNeeded() {
    return failable == org.johnschool.referral.domain.Referral.Failable.ADMIN_ON_A_GROUND;
  }

  public String makeUp() {
    if (sessionId == null) {
      Messages.refused(new org.johnschool.platform.InvalidInputException("sessionId", Messages.text("enrollment.chooseSession")),
          field -> "makeUpForm:makeUpSession");
      return null;
    }
    try {
      var e = makeUps.enroll(staff.scope(), referralId, sessionId, reason, !warnings.isEmpty());
      Messages.info("completion.makeUp.enrolled", e.date());
      return again();
    } catch (WarningsToConfirmException e) {
      warnings = e.explanations();
      return null;
    } catch (BusinessException e) {
      Messages.refused(e, field -> switch (field) {
        case "reason" -> "makeUpForm:makeUpReason";
        case "sessionId" -> "makeUpForm:makeUpSession";
        default -> null;
      });
      return null;
    }
  }

  public String completeByAdmin() {
    try {
      completions.completeByAdmin(staff.scope(), referralId, adminReason);
      Messages.info("completion.completed");
      return again();
    } catch (BusinessException e) {
      Messages.refused(e, field -> "reason".equals(field) ? "adminCompleteForm:adminReason" : null);
      return null;
    }
  }

  public String fail() {
    try {
      outcomes.fail(staff.scope(), referralId, failReason, org.johnschool.referral.domain.FailureGround.parse(failGround));
      Messages.info("completion.failed");
      return again();
    } catch (BusinessException e) {
      Messages.refused(e, field -> switch (field) {
        case "reason" -> "failForm:failReason";
        case "ground" -> "failForm:failGround";
        default -> null;
      });
      return null;
    }
  }

  /** Whether this person confirms or sends back a completion waiting for review. */
  public boolean isReviewer() {
    return staff.isAny(Role.COORDINATOR, Role.ADMIN);
  }

  public String confirmCompletion() {
    try {
      completions.confirm(staff.scope(), referralId);
      Messages.info("completion.completed");
      return again();
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
      return null;
    }
  }

  public String sendBack() {
    try {
      completions.sendBack(staff.scope(), referralId, sendBackReason);
      Messages.info("completion.review.sentBack.done");
      return again();
    } catch (BusinessException e) {
      Messages.refused(e, field -> "reason".equals(field) ? "reviewForm:sendBackReason" : null);
      return null;
    }
  }

  public String getSendBackReason() {
    return sendBackReason;
  }

  public void setSendBackReason(String sendBackReason) {
    this.sendBackReason = sendBackReason;
  }

  public String getFailGround() {
    return failGround;
  }

  public void setFailGround(String failGround) {
    this.failGround = failGround;
  }

  private String again() {
    return "/cases/case?faces-redirect=true&id=" + referralId;
  }

  public CompletionView getCompletion() {
    return completion;
  }

  public Progress getProgress() {
    return progress;
  }

  public List<SittingView> getTests() {
    return tests;
  }

  public List<SessionSummary> getSessions() {
    return makeUp.sessions();
  }

  public List<String> getWarnings() {
    return warnings;
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

  public String getAdminReason() {
    return adminReason;
  }

  public void setAdminReason(String adminReason) {
    this.adminReason = adminReason;
  }

  public String getFailReason() {
    return failReason;
  }

  public void setFailReason(String failReason) {
    this.failReason = failReason;
  }
}
