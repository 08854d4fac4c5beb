package org.johnschool.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.johnschool.identity.domain.StaffUser;
import org.johnschool.identity.domain.StaffUsers;

@ApplicationScoped
public class JpaStaffUsers implements StaffUsers {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<StaffUser> findByUsername(String username) {
    if (username == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "select u from StaffUser u join fetch u.program left join fetch u.court where u.username = :u", StaffUser.class)
        .setParameter("u", username.trim().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<StaffUser> findById(long id) {
    return Optional.ofNullable(em.find(StaffUser.class, id));
  }

  @Override
  public List<StaffUser> listOfProgram(long programId) {
    return em.createQuery(
            "select u from StaffUser u left join fetch u.court where u.program.id = :p order by u.username", StaffUser.class)
        .setParameter("p", programId)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(u) from StaffUser u", Long.class).getSingleResult();
  }

  @Override
  public void add(StaffUser user) {
    em.persist(user);
  }

  @Override
  public StaffUser lockForSignIn(StaffUser user) {
    em.refresh(user, LockModeType.PESSIMISTIC_WRITE);
    return user;
  }
}
