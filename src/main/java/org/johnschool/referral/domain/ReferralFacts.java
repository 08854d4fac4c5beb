package org.johnschool.referral.domain;

import java.time.LocalDate;
import java.util.List;

/** The court's referral as received and checked: everything but the person. */
public record ReferralFacts(
    String courtCaseNumber,
    String trackingNumber,
    LocalDate arrestDate,
    String arrestingAgency,
    LocalDate referralDate,
    LocalDate deadline,
    LocalDate nextCourtDate,
    List<ChargeFacts> charges,
    Declarations declarations) {

  /** A charge as the court sent it. */
  public record ChargeFacts(String statuteCode, String description) {}

  /** What the court declared about the person's history (unknown counts as "no"). */
  public record Declarations(
      boolean priorSolicitationOffense, boolean priorDiversion, boolean registeredSexOffender, boolean pendingSimilarCharge) {
    public static final Declarations NONE = new Declarations(false, false, false, false);
  }

  public ReferralFacts {
    charges = List.copyOf(charges);
    declarations = declarations == null ? Declarations.NONE : declarations;
  }
}
