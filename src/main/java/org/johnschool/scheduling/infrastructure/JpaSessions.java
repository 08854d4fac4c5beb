package org.johnschool.scheduling.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.johnschool.scheduling.domain.ClassSession;
import org.johnschool.scheduling.domain.Enrollment;
import org.johnschool.scheduling.domain.EnrollmentStatus;
import org.johnschool.scheduling.domain.RosterEntry;
import org.johnschool.scheduling.domain.Sessions;

/** Sessions and enrollments in PostgreSQL; seat changes lock the session row (SELECT … FOR UPDATE). */
@ApplicationScoped
public class JpaSessions implements Sessions {

  /** Entities only read (calendar pages): Hibernate keeps no snapshot to dirty-check. */
  private static final String READ_ONLY = "org.hibernate.readOnly";

  @PersistenceContext EntityManager em;

  @Override
  public void add(ClassSession session) {
    em.persist(session);
  }

  @Override
  public Optional<ClassSession> find(long programId, long sessionId) {
    return em.createQuery("select s from ClassSession s join fetch s.venue join fetch s.curriculumVersion where s.id = :id and s.program.id = :p",
            ClassSession.class)
        .setParameter("id", sessionId).setParameter("p", programId).getResultStream().findFirst();
  }

  @Override
  public Optional<ClassSession> lock(long programId, long sessionId) {
    return em.createQuery("select s from ClassSession s where s.id = :id and s.program.id = :p", ClassSession.class)
        .setParameter("id", sessionId).setParameter("p", programId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream().findFirst();
  }

  @Override
  public List<ClassSession> between(long programId, LocalDate from, LocalDate to) {
    return em.createQuery("select s from ClassSession s join fetch s.venue join fetch s.curriculumVersion where s.program.id = :p "
            + "and s.date between :from and :to "
            + "order by s.date, s.start, s.id", ClassSession.class)
        .setParameter("p", programId).setParameter("from", from).setParameter("to", to)
        .setHint(READ_ONLY, true).getResultList();
  }

  /** A session's roster: seats held, waitlist places, and seats whose attendance was taken. */
  private static final List<EnrollmentStatus> ON_ROSTER =
      List.of(EnrollmentStatus.ENROLLED, EnrollmentStatus.WAITLISTED, EnrollmentStatus.ATTENDED, EnrollmentStatus.NO_SHOW);
  private static final List<EnrollmentStatus> SEATED = List.of(EnrollmentStatus.ENROLLED, EnrollmentStatus.ATTENDED, EnrollmentStatus.NO_SHOW);

  @Override
  public void add(Enrollment enrollment) {
    em.persist(enrollment);
  }

  @Override
  public Optional<Enrollment> current(long programId, long referralId) {
    return em.createQuery("select e from Enrollment e join fetch e.session s join fetch s.venue where e.referralId = :r "
            + "and e.program.id = :p and e.status in :current order by e.status", Enrollment.class)
        .setParameter("r", referralId).setParameter("p", programId)
        .setParameter("current", List.of(EnrollmentStatus.ENROLLED, EnrollmentStatus.WAITLISTED))
        .getResultStream().findFirst();
  }

  @Override
  public List<Enrollment> ofCase(long programId, long referralId) {
    return em.createQuery("select e from Enrollment e join fetch e.session s join fetch s.venue where e.referralId = :r "
            + "and e.program.id = :p order by e.joinedAt desc, e.id desc", Enrollment.class)
        .setParameter("r", referralId).setParameter("p", programId).getResultList();
  }

  @Override
  public Optional<Enrollment> firstWaiting(long sessionId) {
    return em.createQuery("select e from Enrollment e where e.session.id = :s and e.status = :w order by e.joinedAt, e.id", Enrollment.class)
        .setParameter("s", sessionId).setParameter("w", EnrollmentStatus.WAITLISTED).setMaxResults(1).getResultStream().findFirst();
  }

  @Override
  public List<RosterEntry> rosterEntries(long sessionId) {
    return em.createQuery("select new org.johnschool.scheduling.domain.RosterEntry(e.referralId, e.status, e.joinedAt, "
            + "e.rescheduleCount) from Enrollment e where e.session.id = :s and e.status in :current order by e.status, e.joinedAt, e.id",
            RosterEntry.class)
        .setParameter("s", sessionId).setParameter("current", ON_ROSTER)
        .getResultList();
  }

  @Override
  public List<Enrollment> seats(long sessionId) {
    return em.createQuery("select e from Enrollment e where e.session.id = :s and e.status in :seated order by e.joinedAt, e.id", Enrollment.class)
        .setParameter("s", sessionId).setParameter("seated", SEATED).getResultList();
  }

  @Override
  public List<Enrollment> roster(long sessionId) {
    return em.createQuery("select e from Enrollment e where e.session.id = :s and e.status in :current order by e.status, e.joinedAt, e.id",
            Enrollment.class)
        .setParameter("s", sessionId).setParameter("current", List.of(EnrollmentStatus.ENROLLED, EnrollmentStatus.WAITLISTED))
        .getResultList();
  }

  @Override
  public long waitlistSize(long sessionId) {
    return em.createQuery("select count(e) from Enrollment e where e.session.id = :s and e.status = :w", Long.class)
        .setParameter("s", sessionId).setParameter("w", EnrollmentStatus.WAITLISTED).getSingleResult();
  }
}
