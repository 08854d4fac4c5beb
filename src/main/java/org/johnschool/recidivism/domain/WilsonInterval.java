package org.johnschool.recidivism.domain;

/**
 * A proportion with its 95% Wilson score interval (Wilson 1927; as R's {@code prop.test(correct = FALSE)}
 * and {@code binom::binom.wilson}): good also for small counts and for rates near 0 or 1.
 */
public record WilsonInterval(int events, int eligible, double rate, double lower, double upper) {

  /** The standard normal quantile for 95%: Φ⁻¹(0.975). */
  public static final double Z95 = 1.959963984540054;

  public static WilsonInterval of(int events, int eligible) {
    if (eligible < 0 || events < 0 || events > eligible) {
      throw new IllegalArgumentException("0 ≤ events ≤ eligible");
    }
    if (eligible == 0) {
      return new WilsonInterval(0, 0, Double.NaN, Double.NaN, Double.NaN);
    }
    double n = eligible;
    double p = events / n;
    double z2 = Z95 * Z95;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    return new WilsonInterval(events, eligible, p, Math.max(0, centre - half), Math.min(1, centre + half));
  }
}
