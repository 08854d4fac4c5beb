package org.johnschool.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.Phrase;

/**
 * An exact amount of US dollars, always to the cent (scale 2). Arithmetic never rounds: sums and
 * differences of cents are exact. Where a share must be computed (allocation), {@link #share} rounds half
 * to even and the caller gives the remainder cents out so that the parts add up exactly.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

  public static final Money ZERO = new Money(BigDecimal.ZERO);
  static final BigDecimal MAX = new BigDecimal("1000000.00");
  private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,2})?|\\.[0-9]{1,2}");
  private static final java.util.regex.Pattern TOO_MANY_DECIMALS = java.util.regex.Pattern.compile("[0-9]*\\.[0-9]{3,}");

  public Money {
    Objects.requireNonNull(amount);
    if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("Money has at most two decimals: " + amount);
    }
    amount = amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  public static Money of(String text) {
    return new Money(new BigDecimal(text));
  }

  /**
   * Reads an amount a person typed or a system sent ("125", "125.5", "125.00"): a plain decimal of ASCII digits,
   * positive, at most two decimals, at most $1,000,000. Refused with the field's name otherwise.
   */
  public static Money parsePositive(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, Phrase.of("money.missing"));
    }
    String typed = text.trim();
    // Plain ASCII digits and a point, as a ledger is written: no exponent ("1e3"), sign, grouping or other digits
    // ("５", "٥") that BigDecimal would also read.
    if (TOO_MANY_DECIMALS.matcher(typed).matches()) {
      throw new InvalidInputException(field, Phrase.of("money.decimals"));
    }
    if (!PLAIN.matcher(typed).matches()) {
      throw new InvalidInputException(field, Phrase.of("money.notAmount", text));
    }
    BigDecimal value = new BigDecimal(typed);
    if (value.signum() <= 0) {
      throw new InvalidInputException(field, Phrase.of("money.positive"));
    }
    if (value.compareTo(MAX) > 0) {
      throw new InvalidInputException(field, Phrase.of("money.tooLarge"));
    }
    return new Money(value);
  }

  /** Like {@link #parsePositive}, but zero is allowed (a fee of nothing, an income of nothing). */
  public static Money parseNonNegative(String text, String field) {
    if (text != null && text.trim().matches("0+(\\.0{1,2})?")) {
      return ZERO;
    }
    return parsePositive(text, field);
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  public Money negate() {
    return new Money(amount.negate());
  }

  public Money abs() {
    return new Money(amount.abs());
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** This amount times a fraction, rounded half-even to the cent (the caller distributes remainders). */
  public Money share(BigDecimal fraction) {
    return new Money(amount.multiply(fraction).setScale(2, RoundingMode.HALF_EVEN));
  }

  @Override
  public int compareTo(Money o) {
    return amount.compareTo(o.amount);
  }

  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
