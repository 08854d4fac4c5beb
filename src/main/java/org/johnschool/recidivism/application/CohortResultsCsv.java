package org.johnschool.recidivism.application;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A cohort report's figures as CSV, the same for the page's download and the API: one row per re-arrest rate (cohort
 * and comparison), per survival row and the log-rank test; suppressed cells are left empty.
 */
public final class CohortResultsCsv {

  public static final String HEADER = "table,group,months_or_day,eligible_or_at_risk,events,censored,rate_or_survival,lower,upper,suppressed";

  private CohortResultsCsv() {}

  public static void write(CohortReport report, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(HEADER + "\n");
    for (var r : report.rates()) {
      w.write(rate(CohortReport.COHORT, r));
    }
    for (var r : report.comparisonRates()) {
      w.write(rate(CohortReport.COMPARISON, r));
    }
    for (var s : report.survival()) {
      w.write(String.join(",", "survival", s.group(), Integer.toString(s.day()), Integer.toString(s.atRisk()), Integer.toString(s.events()),
          Integer.toString(s.censored()), Double.toString(s.survival()), text(s.lower()), text(s.upper()), "no") + "\n");
    }
    if (report.logRank() != null) {
      w.write("logrank,,,,,,chi_square=" + report.logRank().chiSquare() + ",df=" + report.logRank().df() + ",p=" + report.logRank().p() + ",no\n");
    }
    w.flush();
  }

  private static String rate(String group, CohortReport.Rate r) {
    return String.join(",", "rate", group, Integer.toString(r.months()), text(r.eligible()), text(r.events()), "", text(r.rate()),
        text(r.lower()), text(r.upper()), r.suppressed() ? "yes" : "no") + "\n";
  }

  private static String text(Object o) {
    return o == null ? "" : o.toString();
  }
}
