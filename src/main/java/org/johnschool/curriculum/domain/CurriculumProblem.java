package org.johnschool.curriculum.domain;

/** One problem in one curriculum file: the file (relative to the folder), the line (0 when it is about the whole file). */
public record CurriculumProblem(String file, int line, String problem) implements java.io.Serializable {

  @Override
  public String toString() {
    return line > 0 ? file + ", line " + line + ": " + problem : file + ": " + problem;
  }
}
