package org.johnschool.recidivism.domain;

import static org.johnschool.platform.SpecialFunctions.logGamma;

/** The chi-square distribution's upper tail P(X ≥ x), through the regularized upper incomplete gamma Q(k/2, x/2) (Numerical Recipes §6.2). */
public final class ChiSquare {

  private ChiSquare() {}

  public static double upperTail(double x, int df) {
    if (x <= 0) {
      return 1;
    }
    return gammaQ(df / 2.0, x / 2.0);
  }

  static double gammaQ(double a, double x) {
    if (x < a + 1) {
      return 1 - seriesP(a, x);
    }
    return continuedFractionQ(a, x);
  }

  private static double seriesP(double a, double x) {
    double ap = a;
    double sum = 1 / a;
    double del = sum;
    for (int n = 0; n < 1000; n++) {
      ap++;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * 1e-16) {
        break;
      }
    }
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
  }

  private static double continuedFractionQ(double a, double x) {
    final double tiny = 1e-300;
    double b = x + 1 - a;
    double c = 1 / tiny;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < 1000; i++) {
      double an = -i * (i - a);
      b += 2;
      d = an * d + b;
      d = Math.abs(d) < tiny ? tiny : d;
      c = b + an / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < 1e-16) {
        break;
      }
    }
    return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
  }
}
