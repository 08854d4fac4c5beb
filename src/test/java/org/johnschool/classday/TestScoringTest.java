package org.johnschool.classday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.johnschool.classday.domain.TestScoring;
import org.johnschool.classday.domain.TestScoring.Item;
import org.johnschool.curriculum.domain.QuestionKind;
import org.johnschool.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Pre/post test scoring per item: knowledge right or wrong, attitude ratings turned around when reverse-scored. */
class TestScoringTest {

  private static final List<Item> BANK = List.of(
      new Item("k1", QuestionKind.KNOWLEDGE, "b", false, 3),
      new Item("k2", QuestionKind.KNOWLEDGE, "a", false, 3),
      new Item("a1", QuestionKind.ATTITUDE, null, true, 5),
      new Item("a2", QuestionKind.ATTITUDE, null, false, 5));

  @Test
  void knowledge_items_score_one_when_right_and_unanswered_ones_count_as_wrong() {
    TestScoring.Result r = TestScoring.score(BANK, Map.of("k1", "B", "a2", "4"));
    assertEquals(1, r.knowledgeCorrect());
    assertEquals(2, r.knowledgeItems());
    assertEquals(new BigDecimal("4.00"), r.attitudeMean());
  }

  @Test
  void a_reverse_scored_statement_turns_the_rating_around() {
    TestScoring.Result r = TestScoring.score(BANK, Map.of("a1", "1", "a2", "2"));
    assertEquals(List.of(5, 2), r.answers().stream().map(TestScoring.Scored::score).toList());
    assertEquals(new BigDecimal("3.50"), r.attitudeMean());
    assertNull(TestScoring.score(BANK, Map.of("k2", "a")).attitudeMean());
  }

  @Test
  void unknown_questions_letters_beyond_the_options_and_ratings_beyond_five_are_refused_together() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> TestScoring.score(BANK, Map.of("zz", "a", "k1", "d", "a1", "6")));
    assertEquals(3, e.errors().size());
    assertThrows(InvalidInputException.class, () -> TestScoring.score(BANK, Map.of()));
  }
}
