package org.johnschool.billing.domain;

/** How a payment was made. Cards are paid on an outside terminal: only its reference is kept, never a card number. */
public enum PaymentMethod {
  CASH,
  CHECK,
  MONEY_ORDER,
  CARD;

  /** A check needs its number, a card payment the terminal's reference. */
  public boolean needsReference() {
    return this == CHECK || this == CARD;
  }
}
