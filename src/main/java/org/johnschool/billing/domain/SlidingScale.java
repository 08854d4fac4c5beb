package org.johnschool.billing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;

/**
 * A program's sliding scale: tiers in order, each with an income limit for a household of one, an amount
 * added to the limit per extra household member, and the fee of the tier. A household falls in the first tier
 * whose limit it does not exceed; above every tier, the base fee applies.
 */
public record SlidingScale(List<Tier> tiers) {

  public record Tier(Money incomeLimit, Money perPerson, Money fee) {

    public Money limitFor(int householdSize) {
      Money limit = incomeLimit;
      for (int i = 1; i < householdSize; i++) {
        limit = limit.plus(perPerson);
      }
      return limit;
    }
  }

  /** What an assessment finds: the tier (1-based) or none, and the fee. */
  public record Result(Integer tierPosition, Money fee) {}

  /** Refuses tiers whose limits do not rise or whose fees do not fall from one tier to the next. */
  public static SlidingScale checked(List<Tier> tiers, Money baseFee) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < tiers.size(); i++) {
      Tier t = tiers.get(i);
      if (t.fee().compareTo(baseFee) > 0) {
        errors.add(new FieldError("tiers[" + i + "].fee", Phrase.of("scale.fee.aboveBase", baseFee)));
      }
      if (i > 0 && t.incomeLimit().compareTo(tiers.get(i - 1).incomeLimit()) <= 0) {
        errors.add(new FieldError("tiers[" + i + "].incomeLimit", Phrase.of("scale.incomeLimits")));
      }
      if (i > 0 && t.fee().compareTo(tiers.get(i - 1).fee()) < 0) {
        errors.add(new FieldError("tiers[" + i + "].fee", Phrase.of("scale.fees")));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new SlidingScale(List.copyOf(tiers));
  }

  public Result assess(Money householdIncome, int householdSize, Money baseFee) {
    if (householdSize < 1 || householdSize > 20) {
      throw new InvalidInputException("householdSize", Phrase.of("scale.household"));
    }
    if (householdIncome.isNegative()) {
      throw new InvalidInputException("householdIncome", Phrase.of("scale.income"));
    }
    for (int i = 0; i < tiers.size(); i++) {
      if (householdIncome.compareTo(tiers.get(i).limitFor(householdSize)) <= 0) {
        return new Result(i + 1, tiers.get(i).fee());
      }
    }
    return new Result(null, baseFee);
  }

  public Optional<Tier> tier(int position) {
    return position >= 1 && position <= tiers.size() ? Optional.of(tiers.get(position - 1)) : Optional.empty();
  }
}
