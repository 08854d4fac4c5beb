package org.johnschool.classday.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Function;
import org.johnschool.classday.domain.SessionEvaluation;
import org.johnschool.classday.domain.SessionEvaluation.Ratings;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.NotFoundException;
import org.johnschool.scheduling.domain.ClassSession;
import org.johnschool.scheduling.domain.Sessions;

/** Participants' anonymous feedback per class day: entered from paper by staff or given on the kiosk; summed up per session. */
@Stateless
@RolesAllowed({Role.FACILITATOR_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class ClassEvaluations {

  @PersistenceContext EntityManager em;
  @Inject Sessions sessions;
  @Inject org.johnschool.program.application.ProgramTime time;

  /** A session's feedback: how many, the mean of each rating (null when none), the comments. */
  public record Summary(long sessionId, int count, Double overall, Double content, Double presenters, Double venue, List<String> comments) implements java.io.Serializable {}

  public Summary enterPaper(StaffScope scope, long sessionId, Ratings ratings) {
    ClassSession s = sessions.find(scope.programId(), sessionId).orElseThrow(() -> new NotFoundException("No session " + sessionId + "."));
    em.persist(new SessionEvaluation(scope.programId(), sessionId, false, s.getLanguage(), ratings, scope.username(), time.instant()));
    em.flush();
    return summary(scope, sessionId);
  }

  /** Feedback from the kiosk, right after a participant's test there (the kiosk page knows the session). */
  @PermitAll
  public void giveOnKiosk(long programId, long sessionId, String language, Ratings ratings) {
    em.persist(new SessionEvaluation(programId, sessionId, true, language, ratings, null, time.instant()));
  }

  public Summary summary(StaffScope scope, long sessionId) {
    sessions.find(scope.programId(), sessionId).orElseThrow(() -> new NotFoundException("No session " + sessionId + "."));
    List<SessionEvaluation> all = em.createQuery("select e from SessionEvaluation e where e.sessionId = :s order by e.id", SessionEvaluation.class)
        .setParameter("s", sessionId).getResultList();
    return new Summary(sessionId, all.size(), mean(all, e -> (int) e.getOverall()), mean(all, e -> toInt(e.getContent())),
        mean(all, e -> toInt(e.getPresenters())), mean(all, e -> toInt(e.getVenue())),
        all.stream().map(SessionEvaluation::getComments).filter(c -> c != null).toList());
  }

  private static Integer toInt(Short s) {
    return s == null ? null : (int) s;
  }

  private static Double mean(List<SessionEvaluation> all, Function<SessionEvaluation, Integer> rating) {
    List<Integer> given = all.stream().map(rating).filter(v -> v != null).toList();
    return given.isEmpty() ? null : Math.round(given.stream().mapToInt(Integer::intValue).average().orElse(0) * 100) / 100.0;
  }
}
