package org.johnschool.referral.domain;

/** The court's final disposition of a case. */
public enum DispositionCategory {
  DISMISSED,
  CONVICTED,
  OTHER
}
