package org.johnschool.referral.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.referral.domain.Person;
import org.johnschool.referral.domain.Referral;
import org.johnschool.referral.domain.StatuteCode;

/**
 * A referral as pages and REST show it. For evaluators the person, the case and tracking numbers
 * and the referring clerk are left out: they get the pseudonym only.
 */
public record ReferralView(
    long id,
    CourtView court,
    String courtCaseNumber,
    String trackingNumber,
    String status,
    LocalDate arrestDate,
    String arrestingAgency,
    LocalDate referralDate,
    LocalDate deadline,
    LocalDate nextCourtDate,
    UUID personPseudonym,
    PersonView person,
    List<ChargeView> charges,
    EligibilityView eligibility,
    String referredBy,
    Instant createdAt,
    OutcomeView outcome,
    DispositionView disposition,
    boolean sealed,
    String historicalOutcome) implements java.io.Serializable {

  /** How the program's part ended: completed on a date, or failed with the reason. */
  public record OutcomeView(LocalDate completedOn, LocalDate failedOn, String failureReason) implements java.io.Serializable {}

  /** The court's final disposition. */
  public record DispositionView(String category, LocalDate date, String description, String recordedBy) implements java.io.Serializable {}

  public record CourtView(String code, String name) implements java.io.Serializable {}

  public record PersonView(String firstName, String middleName, String lastName, List<String> aliases, LocalDate dateOfBirth,
      String sex, String stateId, String fbiNumber, String address, String phone, String email, String preferredLanguage) implements java.io.Serializable {

    /** The aliases as people read them ("Juan Nadie, Pepe Falso"). */
    public String aliasNames() {
      return aliases == null ? "" : String.join(", ", aliases);
    }
  }

  /** A charge: its statute code as the court wrote it, and as screening read it ({@code readAs}). */
  public record ChargeView(int sequence, String statuteCode, String readAs, String description) implements java.io.Serializable {}

  public record ReasonView(String code, boolean met, String message) implements java.io.Serializable {}

  public record OverrideView(String result, String justification, String by, Instant at) implements java.io.Serializable {}

  public record EligibilityView(String result, String screeningResult, List<ReasonView> reasons, OverrideView override) implements java.io.Serializable {}

  /** In English (the REST API). */
  public static ReferralView of(Referral r, StaffScope scope) {
    return of(r, scope, java.util.Locale.ENGLISH);
  }

  /** With the eligibility reasons in the given language (pages). */
  public static ReferralView of(Referral r, StaffScope scope, java.util.Locale locale) {
    boolean identities = scope.seesIdentities() && !r.isSealed();
    Person p = r.getPerson();
    PersonView person = identities
        ? new PersonView(p.getFirstName(), p.getMiddleName(), p.getLastName(), p.getAliases().stream().map(Object::toString).toList(),
            p.getDateOfBirth(), p.getSex().name(), p.getStateId(), p.getFbiNumber(), p.getAddress(), p.getPhone(), p.getEmail(),
            p.getPreferredLanguage())
        : null;
    EligibilityView eligibility = r.getScreeningResult() == null ? null : new EligibilityView(
        r.effectiveEligibility().map(Enum::name).orElse(null),
        r.getScreeningResult().name(),
        r.getFindings().stream().map(f -> scope.isClerk() ? f.asToldToCourt() : f)
            .map(f -> new ReasonView(f.rule().name(), f.met(), FindingText.of(f, locale))).toList(),
        r.getOverrideResult() == null ? null : new OverrideView(r.getOverrideResult().name(), r.getOverrideJustification(),
            r.getOverriddenBy(), r.getOverriddenAt()));
    return new ReferralView(
        r.getId(),
        new CourtView(r.getCourt().getCode(), r.getCourt().getName()),
        scope.seesIdentities() ? r.getCourtCaseNumber() : null,
        identities ? r.getTrackingNumber() : null,
        r.getStatus().name(),
        r.getArrestDate(),
        r.getArrestingAgency(),
        r.getReferralDate(),
        r.getDeadline(),
        r.getNextCourtDate(),
        p.getPseudonym(),
        person,
        r.getCharges().stream().map(c -> new ChargeView(c.getSequence(), c.getStatuteCode(),
            StatuteCode.keyOf(c.getStatuteCode()), c.getDescription())).toList(),
        eligibility,
        identities && r.getReferringUser() != null ? r.getReferringUser().getUsername() : null,
        r.getCreatedAt(),
        r.getCompletedOn() == null && r.getFailedOn() == null ? null
            : new OutcomeView(r.getCompletedOn(), r.getFailedOn(), scope.seesIdentities() ? r.getFailureReason() : null),
        r.getDispositionCategory() == null ? null : new DispositionView(r.getDispositionCategory().name(), r.getDispositionDate(),
            scope.seesIdentities() ? r.getDispositionDescription() : null, scope.seesIdentities() ? r.getDispositionRecordedBy() : null),
        r.isSealed(),
        r.getHistoricalOutcome() == null ? null : r.getHistoricalOutcome().name());
  }
}
