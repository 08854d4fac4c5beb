package org.johnschool.classday.domain;

import java.util.List;

/**
 * The paired comparison of pre- and post-test scores: means, the mean difference (post − pre) and its 95%
 * confidence interval from Student's t distribution with n − 1 degrees of freedom. Needs two pairs or more
 * for an interval.
 */
public record PairedDifference(int n, double meanPre, double meanPost, double meanDifference, Double lower, Double upper) {

  /** A participant's two scores. */
  public record Pair(double pre, double post) {}

  public static PairedDifference of(List<Pair> pairs) {
    int n = pairs.size();
    if (n == 0) {
      return new PairedDifference(0, Double.NaN, Double.NaN, Double.NaN, null, null);
    }
    double sumPre = 0;
    double sumPost = 0;
    for (Pair p : pairs) {
      sumPre += p.pre();
      sumPost += p.post();
    }
    double meanPre = sumPre / n;
    double meanPost = sumPost / n;
    double meanDiff = meanPost - meanPre;
    if (n < 2) {
      return new PairedDifference(n, meanPre, meanPost, meanDiff, null, null);
    }
    double ss = 0;
    for (Pair p : pairs) {
      double d = (p.post() - p.pre()) - meanDiff;
      ss += d * d;
    }
    double se = Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
    double t = StudentT.quantile(0.975, n - 1);
    return new PairedDifference(n, meanPre, meanPost, meanDiff, meanDiff - t * se, meanDiff + t * se);
  }
}
