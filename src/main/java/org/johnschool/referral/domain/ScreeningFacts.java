package org.johnschool.referral.domain;

import java.util.List;

/**
 * What screening knows about a referral: the charges, the age at arrest, what the court declared,
 * and what the program's own records show about the same person.
 */
public record ScreeningFacts(
    List<String> statuteCodes,
    int ageAtArrest,
    boolean declaredPriorOffense,
    boolean declaredPriorDiversion,
    boolean declaredRegisteredOffender,
    boolean declaredPendingSimilarCharge,
    int earlierReferralsOnRecord,
    int earlierDiversionsOnRecord) {

  public ScreeningFacts {
    statuteCodes = List.copyOf(statuteCodes);
  }
}
