package org.johnschool.curriculum.domain;

import java.util.ArrayList;
import java.util.List;

/** The lines kept, removed and added between two texts (longest common subsequence; texts here are short). */
public final class LineDiff {

  /** A line of the difference: {@code KEPT}, {@code REMOVED} (only in the older text) or {@code ADDED}. */
  public record Line(Op op, String text) {}

  public enum Op {
    KEPT,
    REMOVED,
    ADDED
  }

  private LineDiff() {}

  public static List<Line> between(List<String> older, List<String> newer) {
    int n = older.size();
    int m = newer.size();
    int[][] common = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] = older.get(i).equals(newer.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Line> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (older.get(i).equals(newer.get(j))) {
        lines.add(new Line(Op.KEPT, older.get(i++)));
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        lines.add(new Line(Op.REMOVED, older.get(i++)));
      } else {
        lines.add(new Line(Op.ADDED, newer.get(j++)));
      }
    }
    while (i < n) {
      lines.add(new Line(Op.REMOVED, older.get(i++)));
    }
    while (j < m) {
      lines.add(new Line(Op.ADDED, newer.get(j++)));
    }
    return lines;
  }

  public static boolean changed(List<Line> lines) {
    return lines.stream().anyMatch(l -> l.op() != Op.KEPT);
  }
}
