package org.johnschool.referral.application;

import java.util.List;
import org.johnschool.platform.BusinessException;

/** A docket file with problems: nothing of it was stored. Lists the first problems and counts all. */
public class DocketRejectedException extends BusinessException {

  private final List<ImportProblem> problems;
  private final long problemCount;

  public DocketRejectedException(List<ImportProblem> problems, long problemCount) {
    super("Nothing was stored: the file has " + problemCount + " problem(s). Fix the rows listed and send the whole file again.");
    this.problems = List.copyOf(problems);
    this.problemCount = problemCount;
  }

  public List<ImportProblem> problems() {
    return problems;
  }

  public long problemCount() {
    return problemCount;
  }
}
