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
}
