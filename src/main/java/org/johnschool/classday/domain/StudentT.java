package org.johnschool.classday.domain;

import static org.johnschool.platform.SpecialFunctions.logGamma;

/**
 * Student's t distribution: the distribution function through the regularized incomplete beta function
 * (continued fraction, as in Numerical Recipes §6.4) and its quantile by bisection, accurate to 1e-10.
 */
public final class StudentT {

  private StudentT() {}

  /** P(T ≤ t) for df degrees of freedom. */
  public static double cdf(double t, double df) {
    double x = df / (df + t * t);
    double tail = 0.5 * regularizedBeta(x, df / 2, 0.5);
    return t >= 0 ? 1 - tail : tail;
  }

  /** The t with P(T ≤ t) = p, for 0 < p < 1. */
  public static double quantile(double p, double df) {
    if (!(p > 0 && p < 1) || !(df > 0)) {
      throw new IllegalArgumentException("p in (0, 1) and df > 0");
    }
    double lo = -1e3;
    double hi = 1e3;
    for (int i = 0; i < 200 && hi - lo > 1e-12; i++) {
      double mid = (lo + hi) / 2;
      if (cdf(mid, df) < p) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    if (x < (a + 1) / (a + b + 2)) {
      return front * continuedFraction(x, a, b) / a;
    }
    return 1 - front * continuedFraction(1 - x, b, a) / b;
  }

  private static double continuedFraction(double x, double a, double b) {
    final double tiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = Math.abs(d) < tiny ? tiny : d;
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= 500; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
      d = 1 + aa * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
      d = 1 + aa * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < 1e-15) {
        break;
      }
    }
    return h;
  }
}
