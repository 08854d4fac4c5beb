package org.johnschool.referral.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.johnschool.court.domain.Court;
import org.johnschool.identity.domain.StaffUser;
import org.johnschool.platform.AuditedEntity;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.InvalidTransitionException;
import org.johnschool.program.domain.Program;

/**
 * A court's referral of one person to the program: the case the program works from intake to
 * dismissal or return to court. It guards its lifecycle ({@link ReferralStatus}) and keeps both the
 * rules' screening result and any override with its justification.
 */
@Entity
@Audited
public class Referral extends AuditedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
  @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id")
  private Program program;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "court_id")
  private Court court;

  @ManyToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
  @JoinColumn(name = "person_id")
  private Person person;

  @Column(name = "court_case_number", nullable = false, length = 40, updatable = false)
  private String courtCaseNumber;

  @Column(name = "tracking_number", length = 40)
  private String trackingNumber;

  @Column(name = "arrest_date", nullable = false)
  private LocalDate arrestDate;

  @Column(name = "arresting_agency", nullable = false, length = 100)
  private String arrestingAgency;

  @Column(name = "referral_date", nullable = false)
  private LocalDate referralDate;

  @Column(nullable = false)
  private LocalDate deadline;

  @Column(name = "next_court_date")
  private LocalDate nextCourtDate;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "referring_user_id")
  private StaffUser referringUser;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ReferralStatus status = ReferralStatus.REFERRED;

  @Column(name = "declared_prior_offense", nullable = false)
  private boolean declaredPriorOffense;

  @Column(name = "declared_prior_diversion", nullable = false)
  private boolean declaredPriorDiversion;

  @Column(name = "declared_registered_offender", nullable = false)
  private boolean declaredRegisteredOffender;

  @Column(name = "declared_pending_similar", nullable = false)
  private boolean declaredPendingSimilar;

  @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sequence")
  private List<Charge> charges = new ArrayList<>();

  @Convert(converter = FindingsConverter.class)
  @Column(name = "screening_findings", nullable = false)
  private List<Finding> findings = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "screening_result", length = 20)
  private EligibilityResult screeningResult;

  @Column(name = "screened_at")
  private Instant screenedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "override_result", length = 20)
  private EligibilityResult overrideResult;

  @Column(name = "override_justification", length = 4000)
  private String overrideJustification;

  @Column(name = "overridden_by", length = 100)
  private String overriddenBy;

  @Column(name = "overridden_at")
  private Instant overriddenAt;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  @Column(name = "completion_override_reason", length = 4000)
  private String completionOverrideReason;

  @Column(name = "completed_by", length = 100)
  private String completedBy;

  @Column(name = "failed_on")
  private LocalDate failedOn;

  @Column(name = "failure_reason", length = 4000)
  private String failureReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "failure_ground", length = 24)
  private FailureGround failureGround;

  @Enumerated(EnumType.STRING)
  @Column(name = "disposition_category", length = 12)
  private DispositionCategory dispositionCategory;

  @Column(name = "disposition_date")
  private LocalDate dispositionDate;

  @Column(name = "disposition_description", length = 2000)
  private String dispositionDescription;

  @Column(name = "disposition_recorded_by", length = 100)
  private String dispositionRecordedBy;

  @Column(name = "sealed_at")
  private Instant sealedAt;

  /** Set only on cases imported from a program's old records (never scheduled or charged): the outcome it had. */
  @NotAudited
  @Enumerated(EnumType.STRING)
  @Column(name = "historical_outcome", updatable = false, length = 16)
  private HistoricalOutcome historicalOutcome;

  /** The historical import that brought the case (who and when are on that import's record). */
  @NotAudited
  @Column(name = "historical_import_id", updatable = false)
  private Long historicalImportId;

  /** When a historical case ended (completed or failed), as its old records say. */
  @NotAudited
  @Column(name = "exit_date", updatable = false)
  private LocalDate exitDate;

  @Column(name = "sealing_basis", length = 1000)
  private String sealingBasis;

  @Column(name = "sealing_order_date")
  private LocalDate sealingOrderDate;

  @NotAudited
  @OneToMany(mappedBy = "referral", cascade = CascadeType.PERSIST)
  private List<StatusChange> statusChanges = new ArrayList<>();

  protected Referral() {}

  /** A new case, REFERRED at {@code at}. */
  public Referral(Court court, Person person, ReferralFacts facts, StaffUser referringUser, Instant at) {
    this.court = Objects.requireNonNull(court);
    this.program = court.getProgram();
    this.person = Objects.requireNonNull(person);
    this.courtCaseNumber = Objects.requireNonNull(facts.courtCaseNumber());
    this.trackingNumber = facts.trackingNumber();
    this.arrestDate = Objects.requireNonNull(facts.arrestDate());
    this.arrestingAgency = Objects.requireNonNull(facts.arrestingAgency());
    this.referralDate = Objects.requireNonNull(facts.referralDate());
    this.deadline = Objects.requireNonNull(facts.deadline());
    this.nextCourtDate = facts.nextCourtDate();
    if (referralDate.isBefore(arrestDate) || deadline.isBefore(referralDate)) {
      throw new InvalidInputException("deadline", Phrase.of("referral.dates.order"));
    }
    if (facts.charges().isEmpty()) {
      throw new InvalidInputException("charges", Phrase.of("referral.charges.required"));
    }
    this.referringUser = referringUser;
    this.declaredPriorOffense = facts.declarations().priorSolicitationOffense();
    this.declaredPriorDiversion = facts.declarations().priorDiversion();
    this.declaredRegisteredOffender = facts.declarations().registeredSexOffender();
    this.declaredPendingSimilar = facts.declarations().pendingSimilarCharge();
    int sequence = 1;
    for (ReferralFacts.ChargeFacts c : facts.charges()) {
      charges.add(new Charge(this, sequence++, c.statuteCode(), c.description()));
    }
    statusChanges.add(new StatusChange(this, null, ReferralStatus.REFERRED, null, at));
  }

  /**
   * A case from the program's old records, brought by historical import {@code importId}: closed as its outcome says
   * ({@link HistoricalOutcome#status}), with no charges and no status history, so it never enters scheduling, fees or
   * the court's status feed. The disposition, if the records hold one, is recorded by {@code recordedBy}.
   */
  public static Referral historical(Court court, Person person, HistoricalCase old, long importId, String recordedBy) {
    Referral r = new Referral();
    r.court = Objects.requireNonNull(court);
    r.program = court.getProgram();
    r.person = Objects.requireNonNull(person);
    r.courtCaseNumber = Objects.requireNonNull(old.courtCaseNumber());
    r.referralDate = Objects.requireNonNull(old.referralDate());
    r.arrestDate = r.referralDate;
    r.arrestingAgency = "Not recorded (historical)";
    HistoricalOutcome outcome = Objects.requireNonNull(old.outcome());
    if (outcome.needsExitDate() && old.exitDate() == null) {
      throw new InvalidInputException("exit_date", Phrase.of("csv.required", "exit_date"));
    }
    if (old.exitDate() != null && old.exitDate().isBefore(old.referralDate())) {
      throw new InvalidInputException("exit_date", Phrase.of("history.exit"));
    }
    r.deadline = old.exitDate() != null ? old.exitDate() : old.referralDate();
    r.exitDate = old.exitDate();
    r.historicalOutcome = outcome;
    r.historicalImportId = importId;
    r.status = outcome.status(old.disposition());
    r.screeningResult = outcome.screeningResult();
    if (outcome == HistoricalOutcome.COMPLETED) {
      r.completedOn = old.exitDate();
    } else if (outcome == HistoricalOutcome.FAILED) {
      r.failedOn = old.exitDate();
      r.failureReason = "Did not complete (historical record).";
    }
    if (old.disposition() != null) {
      r.dispositionCategory = old.disposition();
      r.dispositionDate = old.dispositionDate();
      r.dispositionRecordedBy = Objects.requireNonNull(recordedBy);
    }
    return r;
  }

  /** The facts screening needs, given what the program's records show about the same person. */
  public ScreeningFacts screeningFacts(int earlierReferralsOnRecord, int earlierDiversionsOnRecord) {
    return new ScreeningFacts(
        charges.stream().map(Charge::getStatuteCode).toList(),
        person.ageOn(arrestDate),
        declaredPriorOffense,
        declaredPriorDiversion,
        declaredRegisteredOffender,
        declaredPendingSimilar,
        earlierReferralsOnRecord,
        earlierDiversionsOnRecord);
  }

  /** Screens a new referral by the program's rules at {@code at}: REFERRED becomes ELIGIBLE or INELIGIBLE. */
  public EligibilityResult screen(EligibilityPolicy policy, ScreeningFacts facts, Instant at) {
    if (status != ReferralStatus.REFERRED) {
      throw new InvalidTransitionException(Phrase.of("referral.screened", status));
    }
    List<Finding> results = policy.screen(facts);
    findings = new ArrayList<>(results);
    screeningResult = EligibilityPolicy.resultOf(results);
    screenedAt = at;
    moveTo(screeningResult.status(), at);
    return screeningResult;
  }

  /**
   * A coordinator's decision (at {@code at}) against (or confirming a change of) the screening result, with a
   * written justification. The rules' result stays on record beside it.
   */
  public void overrideEligibility(EligibilityResult decision, String justification, String coordinator, Instant at) {
    if (decision == null) {
      throw new InvalidInputException("decision", Phrase.of("override.result"));
    }
    if (justification == null || justification.isBlank()) {
      throw new InvalidInputException("justification", Phrase.of("override.justification.missing"));
    }
    if (justification.length() > 4000) {
      throw new InvalidInputException("justification", Phrase.of("override.justification.tooLong"));
    }
    if (status != ReferralStatus.ELIGIBLE && status != ReferralStatus.INELIGIBLE) {
      throw new InvalidTransitionException(Phrase.of("override.tooLate", status));
    }
    if (decision.status() == status) {
      throw new InvalidTransitionException(Phrase.of("override.same", status));
    }
    moveTo(decision.status(), at);
    overrideResult = decision;
    overrideJustification = justification.trim();
    overriddenBy = Objects.requireNonNull(coordinator);
    overriddenAt = at;
  }

  /** The case takes a seat in a class session at {@code at}. */
  public void enroll(Instant at) {
    if (status != ReferralStatus.ELIGIBLE) {
      throw new InvalidTransitionException(Phrase.of("enrollment.notEligible", status));
    }
    moveTo(ReferralStatus.ENROLLED, at);
  }

  /** The case's enrollment ended without completion (cancelled, or its session was) at {@code at}: it waits for a new session. */
  public void withdrawEnrollment(Instant at) {
    if (status != ReferralStatus.ENROLLED) {
      throw new InvalidTransitionException(Phrase.of("referral.notEnrolled", status));
    }
    moveTo(ReferralStatus.ELIGIBLE, at);
  }

  /**
   * The case completes on {@code on}: by the rule ({@code byAdmin} null), or by an admin against it with the written
   * reason; the status changes at {@code at}.
   */
  public void complete(LocalDate on, String byAdmin, String reason, Instant at) {
    if (status != ReferralStatus.ENROLLED) {
      throw new InvalidTransitionException(Phrase.of("completion.notEnrolled", status));
    }
    if (byAdmin != null && (reason == null || reason.isBlank() || reason.length() > 4000)) {
      throw new InvalidInputException("reason", Phrase.of("completion.admin.reason"));
    }
    moveTo(ReferralStatus.COMPLETED, byAdmin == null ? "Completion rule met." : "Completed by an admin: " + reason.trim(), at);
    completedOn = Objects.requireNonNull(on);
    completedBy = byAdmin;
    completionOverrideReason = byAdmin == null ? null : reason.trim();
  }

  /** Who may fail the case today, and on what: nobody, a coordinator or admin with a reason, or an admin on a ground. */
  public enum Failable {
    NO,
    WITH_REASON,
    ADMIN_ON_A_GROUND
  }

  /**
   * Whether the case may be failed today: an eligible or enrolled case whose deadline has passed by anyone who
   * decides outcomes (with a reason); before the deadline (the deadline's day included) only by an admin on a stated
   * ground ({@link FailureGround}).
   */
  public Failable failable(LocalDate today) {
    if (status != ReferralStatus.ENROLLED && status != ReferralStatus.ELIGIBLE) {
      return Failable.NO;
    }
    return deadline != null && today.isAfter(deadline) ? Failable.WITH_REASON : Failable.ADMIN_ON_A_GROUND;
  }

  /**
   * The case fails and goes back to court, with the reason: after the deadline as DEADLINE_MISSED (or the ground
   * given); before it only by an admin on a ground other than the deadline, else refused (409). The status changes at
   * {@code at}.
   */
  public void failAndReturnToCourt(LocalDate today, String reason, FailureGround ground, boolean byAdmin, Instant at) {
    if (reason == null || reason.isBlank() || reason.length() > 4000) {
      throw new InvalidInputException("reason", Phrase.of("completion.fail.reason"));
    }
    Failable may = failable(today);
    if (may == Failable.NO) {
      throw new InvalidTransitionException(Phrase.of("completion.fail.status", status));
    }
    if (may == Failable.ADMIN_ON_A_GROUND && !byAdmin) {
      throw new InvalidTransitionException(Phrase.of("completion.fail.beforeDeadline", deadline));
    }
    if (may == Failable.ADMIN_ON_A_GROUND && (ground == null || !ground.beforeDeadline())) {
      throw new InvalidTransitionException(Phrase.of("completion.fail.ground", deadline));
    }
    FailureGround why = ground == null ? FailureGround.DEADLINE_MISSED : ground;
    moveTo(ReferralStatus.FAILED, reason.trim(), at);
    moveTo(ReferralStatus.RETURNED_TO_COURT, "Returned to court after failure.", at);
    failedOn = Objects.requireNonNull(today);
    failureReason = reason.trim();
    failureGround = why;
  }

  /**
   * The court's final disposition, recorded once by its clerk: a dismissal after completion makes the case
   * DISMISSED; an ineligible case is returned to court first. The case's program outcome must be known. The date may
   * not be after {@code today} (the program's day); the record is made at {@code at}.
   */
  public void recordDisposition(DispositionCategory category, LocalDate date, String description, String by, LocalDate today,
      Instant at) {
    java.util.List<org.johnschool.platform.FieldError> errors = new java.util.ArrayList<>();
    if (category == null) {
      errors.add(new org.johnschool.platform.FieldError("category", org.johnschool.platform.Phrase.of("disposition.category")));
    }
    if (date == null) {
      errors.add(new org.johnschool.platform.FieldError("date", org.johnschool.platform.Phrase.of("disposition.date.missing")));
    } else if (date.isAfter(today) || date.isBefore(referralDate)) {
      errors.add(new org.johnschool.platform.FieldError("date", org.johnschool.platform.Phrase.of("disposition.date.range", referralDate)));
    }
    if (description != null && description.length() > 2000) {
      errors.add(new org.johnschool.platform.FieldError("description", org.johnschool.platform.Phrase.of("disposition.description.long")));
    }
    if (category == DispositionCategory.OTHER && (description == null || description.isBlank())) {
      errors.add(new org.johnschool.platform.FieldError("description", "Describe an OTHER disposition."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (dispositionCategory != null) {
      throw new InvalidTransitionException(Phrase.of("disposition.already", dispositionCategory, dispositionDate));
    }
    if (status != ReferralStatus.COMPLETED && status != ReferralStatus.RETURNED_TO_COURT && status != ReferralStatus.INELIGIBLE) {
      throw new InvalidTransitionException(Phrase.of("disposition.tooEarly", status));
    }
    if (status == ReferralStatus.INELIGIBLE) {
      moveTo(ReferralStatus.RETURNED_TO_COURT, "Ineligible; returned to court.", at);
    }
    String text = category + " on " + date + (description == null || description.isBlank() ? "" : ": " + description.trim());
    ReferralStatus before = status;
    if (category == DispositionCategory.DISMISSED && status == ReferralStatus.COMPLETED) {
      status = ReferralStatus.DISMISSED;
      seal("Dismissed after completion (disposition of " + date + ").", null, at);
    }
    statusChanges.add(StatusChange.disposition(this, before, status, text, at));
    dispositionCategory = category;
    dispositionDate = date;
    dispositionDescription = description == null || description.isBlank() ? null : description.trim();
    dispositionRecordedBy = java.util.Objects.requireNonNull(by);
  }

  /**
   * Seals the case: its person's identity is hidden from every page, export and endpoint (except an
   * admin's reading with a stated reason); numbers, dates and outcomes stay. Sealing is not undone here.
   * {@code at} is when it is sealed (the retention period counts from it).
   */
  public void seal(String basis, LocalDate orderDate, Instant at) {
    if (basis == null || basis.isBlank() || basis.length() > 1000) {
      throw new InvalidInputException("legalBasis", Phrase.of("sealing.legalBasis"));
    }
    if (sealedAt != null) {
      throw new InvalidTransitionException(Phrase.of("sealing.already", sealingBasis));
    }
    sealedAt = Objects.requireNonNull(at);
    sealingBasis = basis.trim();
    sealingOrderDate = orderDate;
  }

  /** The outcome of a case imported from the program's old records; null for every other case. */
  public HistoricalOutcome getHistoricalOutcome() {
    return historicalOutcome;
  }

  public Long getHistoricalImportId() {
    return historicalImportId;
  }

  /** When a historical case ended; null for every other case. */
  public LocalDate getExitDate() {
    return exitDate;
  }

  public boolean isSealed() {
    return sealedAt != null;
  }

  public Instant getSealedAt() {
    return sealedAt;
  }

  public String getSealingBasis() {
    return sealingBasis;
  }

  public LocalDate getSealingOrderDate() {
    return sealingOrderDate;
  }

  public DispositionCategory getDispositionCategory() {
    return dispositionCategory;
  }

  public LocalDate getDispositionDate() {
    return dispositionDate;
  }

  public String getDispositionDescription() {
    return dispositionDescription;
  }

  public String getDispositionRecordedBy() {
    return dispositionRecordedBy;
  }

  private void moveTo(ReferralStatus next, Instant at) {
    moveTo(next, null, at);
  }

  private void moveTo(ReferralStatus next, String reason, Instant at) {
    if (!status.canBecome(next)) {
      throw new InvalidTransitionException(Phrase.of("referral.transition", status, next));
    }
    statusChanges.add(new StatusChange(this, status, next, reason, at));
    status = next;
  }

  /** The case's status changes (loaded on first use; bulk writers read a new case's from here). */
  public List<StatusChange> getStatusChanges() {
    return statusChanges;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public String getCompletionOverrideReason() {
    return completionOverrideReason;
  }

  public String getCompletedBy() {
    return completedBy;
  }

  public LocalDate getFailedOn() {
    return failedOn;
  }

  public String getFailureReason() {
    return failureReason;
  }

  public FailureGround getFailureGround() {
    return failureGround;
  }

  /** The decision in force: the override when there is one, otherwise the rules' result. */
  public Optional<EligibilityResult> effectiveEligibility() {
    return Optional.ofNullable(overrideResult != null ? overrideResult : screeningResult);
  }

  public Long getId() {
    return id;
  }

  public Program getProgram() {
    return program;
  }

  public Court getCourt() {
    return court;
  }

  public Person getPerson() {
    return person;
  }

  public String getCourtCaseNumber() {
    return courtCaseNumber;
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public LocalDate getArrestDate() {
    return arrestDate;
  }

  public String getArrestingAgency() {
    return arrestingAgency;
  }

  public LocalDate getReferralDate() {
    return referralDate;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public LocalDate getNextCourtDate() {
    return nextCourtDate;
  }

  public StaffUser getReferringUser() {
    return referringUser;
  }

  public ReferralStatus getStatus() {
    return status;
  }

  public List<Charge> getCharges() {
    return List.copyOf(charges);
  }

  public List<Finding> getFindings() {
    return List.copyOf(findings);
  }

  public EligibilityResult getScreeningResult() {
    return screeningResult;
  }

  public Instant getScreenedAt() {
    return screenedAt;
  }

  public EligibilityResult getOverrideResult() {
    return overrideResult;
  }

  public String getOverrideJustification() {
    return overrideJustification;
  }

  public String getOverriddenBy() {
    return overriddenBy;
  }

  public Instant getOverriddenAt() {
    return overriddenAt;
  }

  public boolean isDeclaredPriorOffense() {
    return declaredPriorOffense;
  }

  public boolean isDeclaredPriorDiversion() {
    return declaredPriorDiversion;
  }

  public boolean isDeclaredRegisteredOffender() {
    return declaredRegisteredOffender;
  }

  public boolean isDeclaredPendingSimilar() {
    return declaredPendingSimilar;
  }
}
