package org.johnschool.platform;

/**
 * The minimum cell size of aggregates shown to evaluators (environment variable {@code JSM_MINIMUM_CELL_SIZE},
 * default 10): a group or window with fewer people is suppressed, so no one can be singled out of a small count.
 */
public final class SmallCells {

  public static final int DEFAULT = 10;

  private SmallCells() {}

  public static int minimum() {
    String v = System.getenv("JSM_MINIMUM_CELL_SIZE");
    if (v == null || v.isBlank()) {
      v = System.getProperty("jsm.minimumCellSize");
    }
    try {
      return v == null || v.isBlank() ? DEFAULT : Math.max(1, Integer.parseInt(v.trim()));
    } catch (NumberFormatException e) {
      return DEFAULT;
    }
  }

  /** A count as an evaluator may read it: none, or at least the minimum; between the two, "<10" (the minimum). */
  public static String count(long n, int minimum) {
    return n == 0 || n >= minimum ? Long.toString(n) : "<" + minimum;
  }
}
