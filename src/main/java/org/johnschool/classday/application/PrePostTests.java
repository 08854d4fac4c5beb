package org.johnschool.classday.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import org.johnschool.classday.domain.ClassDayRecorded;
import org.johnschool.classday.domain.TestAnswer;
import org.johnschool.classday.domain.TestKind;
import org.johnschool.classday.domain.TestScoring;
import org.johnschool.classday.domain.TestSitting;
import org.johnschool.curriculum.domain.CurriculumVersion;
import org.johnschool.curriculum.domain.Question;
import org.johnschool.curriculum.domain.QuestionKind;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.ConflictException;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.NotFoundException;
import org.johnschool.referral.application.CaseEnrollment;
import org.johnschool.referral.application.CaseEnrollment.CaseForEnrollment;
import org.johnschool.scheduling.domain.ClassSession;
import org.johnschool.scheduling.domain.Sessions;

/**
 * The pre- and post-test of a case, from the question bank of the curriculum its session teaches: entered
 * by staff from the paper sheet and scored per item. One sitting per case and kind.
 */
@Stateless
@RolesAllowed({Role.FACILITATOR_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class PrePostTests {

  @PersistenceContext EntityManager em;
  @Inject Sessions sessions;
  @Inject org.johnschool.program.application.ProgramTime time;
  @Inject CaseEnrollment cases;
  @Inject Event<ClassDayRecorded> recorded;
  @Inject Event<org.johnschool.classday.domain.KioskTestSubmitted> kioskSubmitted;

  public record SittingView(long id, long referralId, Long sessionId, TestKind kind, TestSitting.Mode mode, String language,
      TestSitting.Status status, Integer knowledgeCorrect, Integer knowledgeItems, BigDecimal attitudeScore, Instant submittedAt,
      String enteredBy, Map<String, Integer> scores) implements java.io.Serializable {

    static SittingView of(TestSitting t) {
      Map<String, Integer> scores = new LinkedHashMap<>();
      for (TestAnswer a : t.getAnswers()) {
        scores.put(a.getQuestionKey(), a.getScore());
      }
      return new SittingView(t.getId(), t.getReferralId(), t.getSessionId(), t.getKind(), t.getMode(), t.getLanguage(), t.getStatus(),
          t.getKnowledgeCorrect(), t.getKnowledgeItems(), t.getAttitudeScore(), t.getSubmittedAt(), t.getOpenedBy(), scores);
    }
  }

  /** What staff enter from a paper sheet: the kind, the session it was taken at, and the answers by question. */
  public record PaperEntry(String kind, Long sessionId, String language, Map<String, String> answers) {}

  public SittingView enterPaper(StaffScope scope, long referralId, PaperEntry entry) {
    if (entry == null) {
      throw new InvalidInputException("body", "Send {kind, sessionId, answers}.");
    }
    TestKind kind = kind(entry.kind());
    if (entry.sessionId() == null) {
      throw new InvalidInputException("sessionId", Phrase.of("test.session.taken"));
    }
    CaseForEnrollment c = cases.lockCase(referralId, scope);
    ClassSession session = sessions.find(scope.programId(), entry.sessionId())
        .orElseThrow(() -> new InvalidInputException("sessionId", "There is no session " + entry.sessionId() + "."));
    if (sessions.seats(session.getId()).stream().noneMatch(e -> e.getReferralId() == referralId)) {
      throw new InvalidInputException("sessionId", Phrase.of("test.noSeat", referralId, session.getDate()));
    }
    if (find(scope, referralId, kind) != null) {
      throw new ConflictException(Phrase.of("test.onRecord", kind), referralId);
    }
    CurriculumVersion version = session.getCurriculumVersion();
    String language = language(entry.language(), c.preferredLanguage(), session.getLanguage(), version);
    TestScoring.Result result = TestScoring.score(bank(version, language), entry.answers());
    TestSitting t = TestSitting.paper(scope.programId(), referralId, session.getId(), version.getId(), kind, language, scope.username());
    t.submit(result, time.instant());
    em.persist(t);
    em.flush();
    recorded.fire(new ClassDayRecorded(scope, referralId));
    return SittingView.of(t);
  }

  /** What the staff's paper-entry page shows: the participant, the test's language, the questions. */
  public record PaperForm(long referralId, String participant, long sessionId, String language, List<KioskQuestion> questions) implements java.io.Serializable {}

  public PaperForm paperForm(StaffScope scope, long referralId, long sessionId, String language) {
    CaseForEnrollment c = cases.cases(List.of(referralId), scope).get(referralId);
    if (c == null) {
      throw new NotFoundException("No case " + referralId + " is visible to you.");
    }
    ClassSession session = sessions.find(scope.programId(), sessionId).orElseThrow(() -> new NotFoundException("No session " + sessionId + "."));
    CurriculumVersion v = session.getCurriculumVersion();
    String lang = language(language, c.preferredLanguage(), session.getLanguage(), v);
    List<KioskQuestion> questions = v.getQuestions().stream().map(q -> {
      var text = q.text(lang).orElseThrow();
      return new KioskQuestion(q.getKey(), q.getKind(), text.getPrompt(), text.getOptions());
    }).toList();
    return new PaperForm(referralId, c.fullName(), sessionId, lang, questions);
  }

  /** A kiosk code handed to the participant: valid until it expires or the test is submitted. */
  public record KioskTicket(String code, java.time.Instant expiresAt, TestKind kind, long referralId) {}

  /** A question as the participant sees it (never the answer key). */
  public record KioskQuestion(String key, QuestionKind kind, String prompt, List<String> options) implements java.io.Serializable {}

  /** The test a kiosk code opens. */
  public record KioskTest(TestKind kind, String language, List<KioskQuestion> questions) implements java.io.Serializable {}

  private static final java.time.Duration KIOSK_CODE_LIFE = java.time.Duration.ofHours(4);
  private static final String CODE_LETTERS = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  /**
   * Opens the case's pre- or post-test on the kiosk: answers a one-time code (8 characters, 4 hours) the
   * participant types on the kiosk page. An open kiosk test gets a new code; a submitted one is refused.
   */
  public KioskTicket openKiosk(StaffScope scope, long referralId, String kindText, Long sessionId) {
    TestKind kind = kind(kindText);
    if (sessionId == null) {
      throw new InvalidInputException("sessionId", Phrase.of("test.session.taking"));
    }
    CaseForEnrollment c = cases.lockCase(referralId, scope);
    ClassSession session = sessions.find(scope.programId(), sessionId)
        .orElseThrow(() -> new InvalidInputException("sessionId", "There is no session " + sessionId + "."));
    if (sessions.seats(session.getId()).stream().noneMatch(e -> e.getReferralId() == referralId)) {
      throw new InvalidInputException("sessionId", Phrase.of("test.noSeat", referralId, session.getDate()));
    }
    String code = newCode();
    java.time.Instant expires = time.instant().plus(KIOSK_CODE_LIFE);
    TestSitting existing = find(scope, referralId, kind);
    if (existing != null && existing.getStatus() == TestSitting.Status.SUBMITTED) {
      throw new ConflictException(Phrase.of("test.onRecord", kind), referralId);
    }
    if (existing != null) {
      existing.renewCode(hash(code), expires);
    } else {
      CurriculumVersion version = session.getCurriculumVersion();
      em.persist(TestSitting.kiosk(scope.programId(), referralId, session.getId(), version.getId(), kind,
          language(null, c.preferredLanguage(), session.getLanguage(), version), scope.username(), hash(code), expires));
    }
    em.flush();
    return new KioskTicket(code, expires, kind, referralId);
  }

  /** What a kiosk code opens, if it is valid now; nothing about the person. */
  @jakarta.annotation.security.PermitAll
  public java.util.Optional<KioskTest> kioskTest(String code) {
    return sittingFor(code).map(t -> {
      CurriculumVersion v = em.find(CurriculumVersion.class, t.getCurriculumVersionId());
      List<KioskQuestion> questions = v.getQuestions().stream().map(q -> {
        var text = q.text(t.getLanguage()).orElseThrow();
        return new KioskQuestion(q.getKey(), q.getKind(), text.getPrompt(), text.getOptions());
      }).toList();
      return new KioskTest(t.getKind(), t.getLanguage(), questions);
    });
  }

  /** What the kiosk needs after a submission: where it was taken (for the class feedback form). */
  public record KioskResult(long programId, Long sessionId, TestKind kind, String language) implements java.io.Serializable {}

  /** The participant's answers from the kiosk: scored and stored; the code stops working. */
  @jakarta.annotation.security.PermitAll
  public KioskResult submitKiosk(String code, Map<String, String> answers) {
    TestSitting t = sittingFor(code).orElseThrow(() -> new NotFoundException(Phrase.of("test.code.invalid")));
    CurriculumVersion v = em.find(CurriculumVersion.class, t.getCurriculumVersionId());
    t.submit(TestScoring.score(bank(v, t.getLanguage()), answers), time.instant());
    em.flush();
    kioskSubmitted.fire(new org.johnschool.classday.domain.KioskTestSubmitted(t.getProgramId(), t.getReferralId()));
    return new KioskResult(t.getProgramId(), t.getSessionId(), t.getKind(), t.getLanguage());
  }

  private java.util.Optional<TestSitting> sittingFor(String code) {
    if (code == null) {
      return java.util.Optional.empty();
    }
    String plain = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (!plain.matches("[0-9A-Z]{8}")) {
      return java.util.Optional.empty();
    }
    return em.createQuery("select t from TestSitting t where t.kioskCodeHash = :h", TestSitting.class).setParameter("h", hash(plain))
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultStream().findFirst().filter(t -> t.opensWith(time.instant()));
  }

  private static String newCode() {
    StringBuilder b = new StringBuilder(8);
    for (int i = 0; i < 8; i++) {
      b.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
    }
    return b.toString();
  }

  private static String hash(String code) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(code.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<SittingView> ofCase(StaffScope scope, long referralId) {
    cases.requireVisible(referralId, scope);
    return em.createQuery("select t from TestSitting t where t.referralId = :r and t.programId = :p order by t.kind desc", TestSitting.class)
        .setParameter("r", referralId).setParameter("p", scope.programId()).getResultList().stream().map(SittingView::of).toList();
  }

  /** Whether the case's post-test is submitted (a completion condition). */
  public boolean postTestTaken(StaffScope scope, long referralId) {
    TestSitting t = find(scope, referralId, TestKind.POST);
    return t != null && t.getStatus() == TestSitting.Status.SUBMITTED;
  }

  /** A submitted test's knowledge items right of all. */
  public record KnowledgeScore(int right, int items) {}

  /** The case's submitted post-test's knowledge score (empty until it is submitted). */
  public Optional<KnowledgeScore> postTestScore(StaffScope scope, long referralId) {
    TestSitting t = find(scope, referralId, TestKind.POST);
    if (t == null || t.getStatus() != TestSitting.Status.SUBMITTED) {
      return Optional.empty();
    }
    return Optional.of(new KnowledgeScore(t.getKnowledgeCorrect() == null ? 0 : t.getKnowledgeCorrect(),
        t.getKnowledgeItems() == null ? 0 : t.getKnowledgeItems()));
  }

  private TestSitting find(StaffScope scope, long referralId, TestKind kind) {
    return em.createQuery("select t from TestSitting t where t.referralId = :r and t.programId = :p and t.kind = :k", TestSitting.class)
        .setParameter("r", referralId).setParameter("p", scope.programId()).setParameter("k", kind).getResultStream().findFirst().orElse(null);
  }

  static List<TestScoring.Item> bank(CurriculumVersion version, String language) {
    return version.getQuestions().stream().map((Question q) -> new TestScoring.Item(q.getKey(), q.getKind(), q.getAnswer(), q.isReverseScored(),
        q.getKind() == QuestionKind.KNOWLEDGE ? q.text(language).map(t -> t.getOptions().size()).orElse(0) : 5)).toList();
  }

  static String language(String asked, String preferred, String sessionLanguage, CurriculumVersion version) {
    if (asked != null && !asked.isBlank()) {
      String l = asked.trim().toLowerCase(Locale.ROOT);
      if (!version.getLanguages().contains(l)) {
        throw new InvalidInputException("language", Phrase.of("test.language", String.join(", ", version.getLanguages()), asked));
      }
      return l;
    }
    if (preferred != null && version.getLanguages().contains(preferred)) {
      return preferred;
    }
    return version.getLanguages().contains(sessionLanguage) ? sessionLanguage : version.getLanguages().get(0);
  }

  static TestKind kind(String text) {
    try {
      return TestKind.valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("kind", Phrase.of("test.kind"));
    }
  }
}
