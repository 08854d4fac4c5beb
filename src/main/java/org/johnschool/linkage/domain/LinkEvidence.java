package org.johnschool.linkage.domain;

/**
 * Why a pair scored as it did: the rule that linked it deterministically (if any), how each field agreed, the
 * similarities behind the name comparisons, whether an alias gave the best agreement, and the total score.
 */
public record LinkEvidence(LinkMethod method, NameAgreement lastName, double lastNameSimilarity, NameAgreement firstName,
    double firstNameSimilarity, BirthDateAgreement birthDate, SexAgreement sex, boolean identifierConflict, boolean viaAlias,
    double score) implements java.io.Serializable {

  public enum LinkMethod { STATE_ID, FBI_NUMBER, SCORE }

  public enum SexAgreement { AGREE, DISAGREE, UNKNOWN }

  public boolean deterministic() {
    return method != LinkMethod.SCORE;
  }
}
