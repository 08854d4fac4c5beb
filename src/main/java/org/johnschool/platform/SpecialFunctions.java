package org.johnschool.platform;

/** Special functions the statistics of several parts share. */
public final class SpecialFunctions {

  private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
      -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};

  private SpecialFunctions() {}

  /** ln Γ(x) for x > 0 (Lanczos approximation, g = 7, n = 9; about 15 significant digits). */
  public static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double xx = x - 1;
    double s = LANCZOS[0];
    double t = xx + 7.5;
    for (int i = 1; i < LANCZOS.length; i++) {
      s += LANCZOS[i] / (xx + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(s);
  }
}
