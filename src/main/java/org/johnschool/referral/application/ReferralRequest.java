package org.johnschool.referral.application;

import java.util.List;

/**
 * A referral as a court sends it (REST body, form, or one docket row). Field names are the contract
 * with court systems; dates are ISO strings so that a bad date is reported by field, not as a
 * parse failure of the whole body. {@link ReferralValidator} checks it.
 */
public record ReferralRequest(
    String court,
    String courtCaseNumber,
    String trackingNumber,
    String arrestDate,
    String arrestingAgency,
    String referralDate,
    String deadline,
    String nextCourtDate,
    PersonRequest person,
    List<ChargeRequest> charges,
    ScreeningRequest screening) {

  /** The referred person. */
  public record PersonRequest(
      String firstName,
      String middleName,
      String lastName,
      List<AliasRequest> aliases,
      String dateOfBirth,
      String sex,
      String stateId,
      String fbiNumber,
      String address,
      String phone,
      String email,
      String preferredLanguage) {}

  /** Another name of the person. */
  public record AliasRequest(String firstName, String lastName) {

    /** Aliases written as text ("First Last", one per part): the last word is the last name. */
    public static List<AliasRequest> parse(String text, String separatorRegex) {
      List<AliasRequest> aliases = new java.util.ArrayList<>();
      if (text == null) {
        return aliases;
      }
      for (String part : text.split(separatorRegex)) {
        String a = part.strip();
        if (!a.isEmpty()) {
          int space = a.lastIndexOf(' ');
          aliases.add(space < 0 ? new AliasRequest(null, a) : new AliasRequest(a.substring(0, space).strip(), a.substring(space + 1)));
        }
      }
      return aliases;
    }
  }

  /** One charge. */
  public record ChargeRequest(String statuteCode, String description) {}

  /** What the court declares about the person's history; omitted answers count as "no". */
  public record ScreeningRequest(
      Boolean priorSolicitationOffense, Boolean priorDiversion, Boolean registeredSexOffender, Boolean pendingSimilarCharge) {}
}
