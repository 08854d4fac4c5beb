package org.johnschool.linkage.domain;

/**
 * The two thresholds of a linkage run: a pair scoring at or above {@code upper} links by itself, one between
 * {@code lower} and {@code upper} goes to a person's review, one below {@code lower} is no match. With the weights
 * of {@link LinkScorer}, an exact name and date of birth score 22.5; the defaults let two small errors link alone
 * and send a disagreeing first name, or a date of birth that disagrees while both names agree, to review. A pair
 * that shares only a first name and a birth date stays below: in a state's file of millions of records that
 * happens by chance hundreds of thousands of times (measured: docs/benchmarks.md).
 */
public record LinkThresholds(double upper, double lower) {

  public static final LinkThresholds DEFAULT = new LinkThresholds(15, 11);

  /** The most either threshold may be from zero (a score is a sum of a handful of weights of a few points each). */
  public static final double LIMIT = 100;

  public LinkThresholds {
    if (!(lower < upper) || Double.isNaN(lower) || Double.isNaN(upper) || upper > LIMIT || lower < -LIMIT) {
      throw new org.johnschool.platform.InvalidInputException("lower", org.johnschool.platform.Phrase.of("linkage.thresholds", -LIMIT, LIMIT));
    }
  }

  /** The thresholds a run asks for: either may be left out (null), which keeps its default. */
  public static LinkThresholds of(Double upper, Double lower) {
    return new LinkThresholds(upper == null ? DEFAULT.upper() : upper, lower == null ? DEFAULT.lower() : lower);
  }

  public enum Decision { LINK, REVIEW, NO_MATCH }

  public Decision decide(LinkEvidence e) {
    if (e.deterministic() || e.score() >= upper) {
      return Decision.LINK;
    }
    return e.score() >= lower ? Decision.REVIEW : Decision.NO_MATCH;
  }
}
