package org.johnschool.billing.domain;

/**
 * The kinds of money event. A charge and a refund raise what the person owes; a payment and a waiver lower
 * it; an adjustment goes either way with a reason; a reversal undoes one earlier entry exactly.
 */
public enum EntryType {
  CHARGE,
  PAYMENT,
  ADJUSTMENT,
  WAIVER,
  REFUND,
  REVERSAL
}
