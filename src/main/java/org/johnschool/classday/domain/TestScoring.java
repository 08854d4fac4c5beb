package org.johnschool.classday.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.johnschool.curriculum.domain.QuestionKind;
import org.johnschool.platform.FieldError;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;

/**
 * Scores a sitting against the question bank: a knowledge item scores 1 when its letter is the key, else 0
 * (an unanswered item counts as wrong); an attitude statement is rated 1 to 5 and scores its rating, turned
 * around (6 - rating) for reverse-scored statements, so that a higher score is always the attitude the
 * course aims at.
 */
public final class TestScoring {

  /** A question of the bank as scoring needs it. */
  public record Item(String key, QuestionKind kind, String answerKey, boolean reverseScored, int options) {}

  public record Scored(String questionKey, QuestionKind kind, String answer, int score) {}

  public record Result(List<Scored> answers, int knowledgeCorrect, int knowledgeItems, BigDecimal attitudeMean) {}

  private TestScoring() {}

  public static Result score(List<Item> bank, Map<String, String> answers) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, Item> byKey = bank.stream().collect(Collectors.toMap(Item::key, i -> i));
    Map<String, String> given = answers == null ? Map.of() : answers;
    for (String key : given.keySet()) {
      if (!byKey.containsKey(key)) {
        errors.add(new FieldError("answers", Phrase.of("test.question.unknown", key)));
      }
    }
    List<Scored> scored = new ArrayList<>();
    int correct = 0;
    int knowledgeItems = 0;
    int attitudeSum = 0;
    int attitudeCount = 0;
    for (Item item : bank) {
      if (item.kind() == QuestionKind.KNOWLEDGE) {
        knowledgeItems++;
      }
      String raw = given.get(item.key());
      if (raw == null || raw.isBlank()) {
        continue;
      }
      String a = raw.trim().toLowerCase(Locale.ROOT);
      if (item.kind() == QuestionKind.KNOWLEDGE) {
        if (!a.matches("[a-h]") || a.charAt(0) - 'a' >= item.options()) {
          errors.add(new FieldError("answers", item.key() + ": '" + raw + "' is not one of the letters a to " + (char) ('a' + item.options() - 1)
              + "."));
          continue;
        }
        int s = a.equals(item.answerKey()) ? 1 : 0;
        correct += s;
        scored.add(new Scored(item.key(), item.kind(), a, s));
      } else {
        if (!a.matches("[1-5]")) {
          errors.add(new FieldError("answers", item.key() + ": '" + raw + "' is not a rating from 1 to 5."));
          continue;
        }
        int rating = a.charAt(0) - '0';
        int s = item.reverseScored() ? 6 - rating : rating;
        attitudeSum += s;
        attitudeCount++;
        scored.add(new Scored(item.key(), item.kind(), a, s));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (scored.isEmpty()) {
      throw new InvalidInputException("answers", Phrase.of("test.answers.none"));
    }
    BigDecimal mean = attitudeCount == 0 ? null
        : BigDecimal.valueOf(attitudeSum).divide(BigDecimal.valueOf(attitudeCount), 2, RoundingMode.HALF_EVEN);
    return new Result(scored, correct, knowledgeItems, mean);
  }
}
