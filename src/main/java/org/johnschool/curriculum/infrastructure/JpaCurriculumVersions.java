package org.johnschool.curriculum.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.johnschool.curriculum.domain.CurriculumVersion;
import org.johnschool.curriculum.domain.CurriculumVersions;

/** Curriculum versions in PostgreSQL; a version's modules and texts load with it when a page reads them. */
@ApplicationScoped
public class JpaCurriculumVersions implements CurriculumVersions {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<CurriculumVersion> latest(long programId) {
    return em.createQuery("select v from CurriculumVersion v where v.program.id = :p order by v.number desc", CurriculumVersion.class)
        .setParameter("p", programId).setMaxResults(1).getResultStream().findFirst();
  }

  @Override
  public Optional<CurriculumVersion> find(long programId, int number) {
    return em.createQuery("select v from CurriculumVersion v where v.program.id = :p and v.number = :n", CurriculumVersion.class)
        .setParameter("p", programId).setParameter("n", number).getResultStream().findFirst();
  }

  @Override
  public List<CurriculumVersion> all(long programId) {
    return em.createQuery("select v from CurriculumVersion v where v.program.id = :p order by v.number desc", CurriculumVersion.class)
        .setParameter("p", programId).getResultList();
  }

  @Override
  public void add(CurriculumVersion version) {
    em.persist(version);
  }
}
