package org.johnschool.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.johnschool.curriculum.domain.LineDiff;
import org.johnschool.curriculum.domain.LineDiff.Line;
import org.johnschool.curriculum.domain.LineDiff.Op;
import org.junit.jupiter.api.Test;

/** Comparing two versions of a module shows the lines kept, removed and added, in order. */
class LineDiffTest {

  @Test
  void a_changed_line_shows_as_removed_then_added_between_kept_lines() {
    List<Line> diff = LineDiff.between(List.of("title", "old point", "sources"), List.of("title", "new point", "sources"));

    assertEquals(List.of(new Line(Op.KEPT, "title"), new Line(Op.REMOVED, "old point"), new Line(Op.ADDED, "new point"),
        new Line(Op.KEPT, "sources")), diff);
    assertTrue(LineDiff.changed(diff));
  }

  @Test
  void equal_texts_have_no_change_and_a_new_text_is_all_added() {
    assertFalse(LineDiff.changed(LineDiff.between(List.of("a", "b"), List.of("a", "b"))));
    assertEquals(List.of(new Line(Op.ADDED, "a")), LineDiff.between(List.of(), List.of("a")));
  }
}
