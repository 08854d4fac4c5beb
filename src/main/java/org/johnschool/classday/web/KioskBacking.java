package org.johnschool.classday.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.johnschool.classday.application.PrePostTests;
import org.johnschool.classday.application.PrePostTests.KioskQuestion;
import org.johnschool.classday.application.PrePostTests.KioskTest;
import org.johnschool.curriculum.domain.QuestionKind;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;

/**
 * The kiosk page (kiosk.xhtml): the participant types the code the facilitator gave, answers the test in
 * their language and submits it. The page shows nothing else, and nothing about the person.
 */
@Named
@ViewScoped
public class KioskBacking implements Serializable {

  @Inject PrePostTests tests;
  @Inject org.johnschool.classday.application.ClassEvaluations evaluations;

  private String code;
  private KioskTest test;
  private final Map<String, String> answers = new HashMap<>();
  private boolean done;
  private PrePostTests.KioskResult feedbackFor;
  private String language = "en";
  private FeedbackForm feedback = new FeedbackForm();

  public void open() {
    test = tests.kioskTest(code).orElse(null);
    answers.clear();
    if (test == null) {
      Messages.error("kiosk.badCode");
    }
  }

  public void submit() {
    try {
      PrePostTests.KioskResult result = tests.submitKiosk(code, answers);
      language = result.language();
      done = true;
      test = null;
      code = null;
      feedbackFor = result.kind() == org.johnschool.classday.domain.TestKind.POST && result.sessionId() != null ? result : null;
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  /** The class feedback form after a post-test on the kiosk: once, anonymous. */
  public void giveFeedback() {
    if (feedbackFor == null) {
      return;
    }
    try {
      evaluations.giveOnKiosk(feedbackFor.programId(), feedbackFor.sessionId(), feedbackFor.language(),
          feedback.ratings());
      feedbackFor = null;
      Messages.info("kiosk.feedbackThanks");
    } catch (BusinessException e) {
      Messages.refused(e, field -> "feedbackForm:" + field);
    }
  }

  public boolean isFeedbackOpen() {
    return feedbackFor != null;
  }

  public FeedbackForm getFeedback() {
    return feedback;
  }

  public String getLanguage() {
    return test == null ? language : test.language();
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(getLanguage());
  }

  /** The choices of a question: the letters of a knowledge item's options, or the ratings 1 to 5. */
  public List<String> choices(KioskQuestion q) {
    if (q.kind() == QuestionKind.ATTITUDE) {
      return List.of("1", "2", "3", "4", "5");
    }
    return java.util.stream.IntStream.range(0, q.options().size()).mapToObj(i -> String.valueOf((char) ('a' + i))).toList();
  }

  public String choiceLabel(KioskQuestion q, String choice) {
    if (q.kind() == QuestionKind.ATTITUDE) {
      return Messages.text("kiosk.rating." + choice);
    }
    return q.options().get(choice.charAt(0) - 'a');
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null || code.length() > 20 ? null : code;
  }

  public KioskTest getTest() {
    return test;
  }

  public Map<String, String> getAnswers() {
    return answers;
  }

  public boolean isDone() {
    return done;
  }
}
