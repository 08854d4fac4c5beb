package org.johnschool.referral.application;

import java.util.ArrayList;
import java.util.List;
import org.johnschool.platform.CsvFieldReader;
import org.johnschool.platform.Phrase;

/**
 * The row-by-row report of an all-or-nothing import: every problem is counted, the first 1,000 are kept; once there is
 * one, nothing more is written and {@link #rejectIfAny()} refuses the whole file.
 */
public final class ImportReport implements CsvFieldReader.Problems {

  static final int MAX_REPORTED = 1000;

  private final List<ImportProblem> problems = new ArrayList<>();
  private long count;

  @Override
  public void problem(long row, String column, Phrase problem) {
    count++;
    if (problems.size() < MAX_REPORTED) {
      problems.add(new ImportProblem(row, column, problem));
    }
  }

  public boolean clean() {
    return count == 0;
  }

  /** Refuses the file (rolling the transaction back) when any row was wrong. */
  public void rejectIfAny() {
    if (count > 0) {
      throw new DocketRejectedException(problems, count);
    }
  }
}
