package org.johnschool.curriculum.domain;

import java.util.List;
import org.johnschool.platform.BusinessException;

/** A curriculum folder with problems: nothing of the load was applied. */
public class CurriculumRejectedException extends BusinessException {

  private final List<CurriculumProblem> problems;

  public CurriculumRejectedException(List<CurriculumProblem> problems) {
    super("Nothing was loaded: the curriculum folder has " + problems.size() + " problem(s).");
    this.problems = List.copyOf(problems);
  }

  public List<CurriculumProblem> problems() {
    return problems;
  }
}
