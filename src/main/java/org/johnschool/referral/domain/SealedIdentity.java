package org.johnschool.referral.domain;

/** What pages, documents and the API show in place of a sealed case's person. */
public final class SealedIdentity {

  /** Shown instead of the name (the pseudonym and the case number remain). */
  public static final String LABEL = "Sealed record";

  private SealedIdentity() {}

  /** The person's full name, or the label when the case is sealed. */
  public static String name(boolean sealed, String first, String middle, String last) {
    return sealed ? LABEL : first + (middle == null ? "" : " " + middle) + " " + last;
  }
}
