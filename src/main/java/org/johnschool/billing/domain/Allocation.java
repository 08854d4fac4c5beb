package org.johnschool.billing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;

/**
 * Splits an amount collected between funds by their shares so that the parts add up to it exactly: each
 * fund gets its share rounded down to the cent, and the cents left over go one by one to the funds with
 * the largest remainders (ties: the fund listed first).
 */
public final class Allocation {

  /** A fund and its share (0 < share ≤ 1, five decimals at most). */
  public record Share(String fund, BigDecimal share) {}

  private Allocation() {}

  /** Refuses shares that are not positive, repeat a fund, or do not add up to exactly 1. */
  public static List<Share> checked(List<Share> shares) {
    List<FieldError> errors = new ArrayList<>();
    if (shares == null || shares.isEmpty()) {
      throw new InvalidInputException("shares", Phrase.of("allocation.none"));
    }
    BigDecimal sum = BigDecimal.ZERO;
    List<String> funds = new ArrayList<>();
    for (int i = 0; i < shares.size(); i++) {
      Share s = shares.get(i);
      if (s == null) {
        errors.add(new FieldError("shares[" + i + "]", Phrase.of("allocation.share.missing")));
        continue;
      }
      if (s.fund() == null || s.fund().isBlank() || s.fund().length() > 100) {
        errors.add(new FieldError("shares[" + i + "].fund", Phrase.of("allocation.fund.name")));
      } else if (funds.contains(s.fund().trim())) {
        errors.add(new FieldError("shares[" + i + "].fund", Phrase.of("allocation.fund.twice", s.fund().trim())));
      } else {
        funds.add(s.fund().trim());
      }
      if (s.share() == null || s.share().signum() <= 0 || s.share().compareTo(BigDecimal.ONE) > 0 || s.share().stripTrailingZeros().scale() > 5) {
        errors.add(new FieldError("shares[" + i + "].share", Phrase.of("allocation.share.range")));
      } else {
        sum = sum.add(s.share());
      }
    }
    if (errors.isEmpty() && sum.compareTo(BigDecimal.ONE) != 0) {
      errors.add(new FieldError("shares", Phrase.of("allocation.sum", sum.stripTrailingZeros().toPlainString())));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return shares.stream().map(s -> new Share(s.fund().trim(), s.share())).toList();
  }

  /** Each fund's part of {@code collected}, in the order of the shares; the parts add up to {@code collected}. */
  public static Map<String, Money> split(Money collected, List<Share> shares) {
    long cents = collected.amount().movePointRight(2).longValueExact();
    long sign = Long.signum(cents);
    long total = Math.abs(cents);
    long[] parts = new long[shares.size()];
    BigDecimal[] remainders = new BigDecimal[shares.size()];
    long given = 0;
    for (int i = 0; i < shares.size(); i++) {
      BigDecimal exact = BigDecimal.valueOf(total).multiply(shares.get(i).share());
      parts[i] = exact.longValue();
      remainders[i] = exact.subtract(BigDecimal.valueOf(parts[i]));
      given += parts[i];
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < shares.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
    for (int k = 0; given < total; k++, given++) {
      parts[order.get(k % order.size())]++;
    }
    Map<String, Money> split = new LinkedHashMap<>();
    for (int i = 0; i < shares.size(); i++) {
      split.put(shares.get(i).fund(), new Money(BigDecimal.valueOf(sign * parts[i], 2)));
    }
    return split;
  }
}
