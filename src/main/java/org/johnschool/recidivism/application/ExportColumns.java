package org.johnschool.recidivism.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The columns of the evaluator export and its data dictionary ({@code recidivism/export-dictionary.csv}). */
public final class ExportColumns {

  static final List<String> CATEGORIES = List.of("any", "sex_buying", "other_sex_offense", "violent", "other");

  private ExportColumns() {}

  /** The data dictionary (CSV: column, type, meaning). */
  public static byte[] dictionary() {
    try (var in = ExportColumns.class.getResourceAsStream("/recidivism/export-dictionary.csv")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The header line of the export. */
  static String header() {
    StringBuilder h = new StringBuilder("pid,court,outcome_group,historical,age_band,index_date,follow_up_days");
    for (String c : CATEGORIES) {
      h.append(",rearrest_").append(c).append(",days_to_rearrest_").append(c);
    }
    return h.append(",fee_charged,fee_paid,fee_waived,fee_balance,modules_required,modules_attended,pre_knowledge_pct,post_knowledge_pct,")
        .append("pre_attitude,post_attitude\n").toString();
  }

}
