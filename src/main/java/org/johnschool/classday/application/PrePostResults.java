package org.johnschool.classday.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.johnschool.classday.domain.PairedDifference;
import org.johnschool.classday.domain.TestAnswer;
import org.johnschool.classday.domain.TestKind;
import org.johnschool.classday.domain.TestSitting;
import org.johnschool.curriculum.domain.CurriculumVersion;
import org.johnschool.curriculum.domain.Question;
import org.johnschool.curriculum.domain.QuestionKind;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.scheduling.domain.ClassSession;

/**
 * What the class changes: for participants with both tests, the mean knowledge score (percent right) and
 * attitude score before and after, the paired difference with its 95% confidence interval, and each
 * knowledge item's share right before and after — per session and over the program. No names.
 */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME, Role.FACILITATOR_NAME, Role.EVALUATOR_NAME})
public class PrePostResults {

  @PersistenceContext EntityManager em;

  public record Comparison(int pairs, Double meanPre, Double meanPost, Double difference, Double lower, Double upper) implements java.io.Serializable {
    static Comparison of(PairedDifference d) {
      return d.n() == 0 ? new Comparison(0, null, null, null, null, null)
          : new Comparison(d.n(), round(d.meanPre()), round(d.meanPost()), round(d.meanDifference()),
              d.lower() == null ? null : round(d.lower()), d.upper() == null ? null : round(d.upper()));
    }
  }

  public record ItemChange(String key, String moduleKey, String prompt, int pairs, double rightBefore, double rightAfter) implements java.io.Serializable {}

  public record SessionLine(long sessionId, LocalDate date, String language, Comparison knowledge) implements java.io.Serializable {}

  /** {@code suppressedBelow}: set (to the minimum cell size) when an evaluator is shown less because too few people took both tests. */
  public record Analysis(Long sessionId, Comparison knowledge, Comparison attitude, List<ItemChange> items, List<SessionLine> sessions,
      Integer suppressedBelow) implements java.io.Serializable {

    /**
     * What an evaluator sees: no measure, item or session line of fewer than {@code minimum} people (the minimum cell
     * size), so no one's answers can be read off a small count.
     */
    Analysis forEvaluators(int minimum) {
      Comparison none = new Comparison(0, null, null, null, null, null);
      boolean enough = knowledge.pairs() >= minimum;
      List<SessionLine> shown = sessions.stream().filter(s -> s.knowledge().pairs() >= minimum).toList();
      Analysis a = new Analysis(sessionId, enough ? knowledge : none, enough && attitude.pairs() >= minimum ? attitude : none,
          enough ? items : List.of(), enough ? shown : List.of(), null);
      return a.equals(this) ? this : new Analysis(a.sessionId, a.knowledge, a.attitude, a.items, a.sessions, minimum);
    }
  }

  /** One session's participants, or (sessionId null) every participant of the program with a lines per session. */
  public Analysis analysis(StaffScope scope, Long sessionId, String language) {
    List<TestSitting> sittings = em.createQuery("select distinct t from TestSitting t left join fetch t.answers where t.programId = :p "
            + "and t.status = :s", TestSitting.class)
        .setParameter("p", scope.programId()).setParameter("s", TestSitting.Status.SUBMITTED).getResultList();
    Map<Long, TestSitting> pre = new HashMap<>();
    Map<Long, TestSitting> post = new HashMap<>();
    for (TestSitting t : sittings) {
      (t.getKind() == TestKind.PRE ? pre : post).put(t.getReferralId(), t);
    }
    List<TestSitting[]> pairs = new ArrayList<>();
    for (TestSitting p : post.values()) {
      TestSitting before = pre.get(p.getReferralId());
      if (before != null && (sessionId == null || sessionId.equals(p.getSessionId()))) {
        pairs.add(new TestSitting[] {before, p});
      }
    }
    List<SessionLine> sessions = new ArrayList<>();
    if (sessionId == null) {
      Map<Long, List<TestSitting[]>> bySession = new LinkedHashMap<>();
      for (TestSitting[] p : pairs) {
        if (p[1].getSessionId() != null) {
          bySession.computeIfAbsent(p[1].getSessionId(), k -> new ArrayList<>()).add(p);
        }
      }
      bySession.forEach((id, list) -> {
        ClassSession s = em.find(ClassSession.class, id);
        sessions.add(new SessionLine(id, s.getDate(), s.getLanguage(), Comparison.of(compare(list, PrePostResults::knowledge))));
      });
      sessions.sort(Comparator.comparing(SessionLine::date).reversed());
    }
    List<TestSitting[]> attitudePairs = pairs.stream().filter(p -> p[0].getAttitudeScore() != null && p[1].getAttitudeScore() != null).toList();
    Analysis full = new Analysis(sessionId, Comparison.of(compare(pairs, PrePostResults::knowledge)),
        Comparison.of(compare(attitudePairs, t -> t.getAttitudeScore().doubleValue())), items(pairs, language), sessions, null);
    return scope.role() == Role.EVALUATOR ? full.forEvaluators(org.johnschool.platform.SmallCells.minimum()) : full;
  }

  private List<ItemChange> items(List<TestSitting[]> pairs, String language) {
    if (pairs.isEmpty()) {
      return List.of();
    }
    CurriculumVersion v = em.find(CurriculumVersion.class, pairs.get(0)[1].getCurriculumVersionId());
    List<ItemChange> items = new ArrayList<>();
    for (Question q : v.getQuestions()) {
      if (q.getKind() != QuestionKind.KNOWLEDGE) {
        continue;
      }
      int before = 0;
      int after = 0;
      for (TestSitting[] p : pairs) {
        before += right(p[0], q.getKey());
        after += right(p[1], q.getKey());
      }
      String prompt = q.text(language).or(() -> q.text(v.getLanguages().get(0))).map(t -> t.getPrompt()).orElse(q.getKey());
      items.add(new ItemChange(q.getKey(), q.getModuleKey(), prompt, pairs.size(), round(100.0 * before / pairs.size()),
          round(100.0 * after / pairs.size())));
    }
    return items;
  }

  private static int right(TestSitting t, String key) {
    for (TestAnswer a : t.getAnswers()) {
      if (a.getQuestionKey().equals(key)) {
        return a.getScore();
      }
    }
    return 0;
  }

  private static double knowledge(TestSitting t) {
    return t.getKnowledgeItems() == null || t.getKnowledgeItems() == 0 ? 0 : 100.0 * t.getKnowledgeCorrect() / t.getKnowledgeItems();
  }

  private static PairedDifference compare(List<TestSitting[]> pairs, ToDoubleFunction<TestSitting> score) {
    return PairedDifference.of(pairs.stream().map(p -> new PairedDifference.Pair(score.applyAsDouble(p[0]), score.applyAsDouble(p[1]))).toList());
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
