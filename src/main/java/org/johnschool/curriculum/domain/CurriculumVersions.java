package org.johnschool.curriculum.domain;

import java.util.List;
import java.util.Optional;
import org.johnschool.platform.NotFoundException;

/** The curriculum versions of each program. */
public interface CurriculumVersions {

  Optional<CurriculumVersion> latest(long programId);

  Optional<CurriculumVersion> find(long programId, int number);

  default CurriculumVersion get(long programId, int number) {
    return find(programId, number).orElseThrow(() -> new NotFoundException("No curriculum version " + number + "."));
  }

  /** Newest first. */
  List<CurriculumVersion> all(long programId);

  void add(CurriculumVersion version);
}
