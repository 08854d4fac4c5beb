package org.johnschool.referral.domain;

/** Sex as recorded on the arrest: male, female, another (X), unknown. */
public enum Sex {
  M, F, X, U
}
