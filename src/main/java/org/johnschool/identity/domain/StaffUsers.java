package org.johnschool.identity.domain;

import java.util.List;
import java.util.Optional;
import org.johnschool.platform.NotFoundException;
import org.johnschool.platform.Phrase;

/** The stored staff accounts. */
public interface StaffUsers {

  Optional<StaffUser> findByUsername(String username);

  default StaffUser getByUsername(String username) {
    return findByUsername(username).orElseThrow(() -> new NotFoundException(Phrase.of("user.unknown.lookup")));
  }

  Optional<StaffUser> findById(long id);

  List<StaffUser> listOfProgram(long programId);

  long count();

  void add(StaffUser user);

  /**
   * The account as stored now, its row locked until the transaction ends: what changes its failure count or its second
   * factor's last code reads and writes under this lock, so parallel sign-ins all count and a code is accepted once.
   */
  StaffUser lockForSignIn(StaffUser user);
}
