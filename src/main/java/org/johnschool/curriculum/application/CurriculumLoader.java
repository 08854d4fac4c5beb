package org.johnschool.curriculum.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.logging.Logger;
import org.johnschool.curriculum.domain.CurriculumContent;
import org.johnschool.curriculum.domain.CurriculumReader;
import org.johnschool.curriculum.domain.CurriculumRejectedException;
import org.johnschool.curriculum.domain.CurriculumSource;
import org.johnschool.curriculum.domain.CurriculumVersion;
import org.johnschool.curriculum.domain.CurriculumVersions;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.NotFoundException;
import org.johnschool.program.domain.Program;

/**
 * Loads the curriculum folder into a new version of a program's curriculum when its content changed. A
 * folder with any problem is refused whole ({@link CurriculumRejectedException}); nothing is applied.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class CurriculumLoader {

  private static final Logger LOG = Logger.getLogger(CurriculumLoader.class.getName());

  @PersistenceContext EntityManager em;
  @Inject CurriculumSource folder;
  @Inject CurriculumVersions versions;

  /** The result of a load: the program's current version number and whether this load made it. */
  public record LoadOutcome(int number, boolean created, int modules, int questions, int totalMinutes) {}

  /** The admin's action: reads the installation's curriculum folder into the caller's program. */
  public LoadOutcome reload(StaffScope scope) {
    return load(scope.programId(), folder.files(), folder.description(), scope.username());
  }

  /** The admin's upload: a ZIP of a curriculum folder, loaded into the caller's program. */
  public LoadOutcome loadArchive(StaffScope scope, java.io.InputStream zip) {
    return load(scope.programId(), CurriculumArchive.read(zip), "uploaded by " + scope.username(), scope.username());
  }

  /** Loads the given folder content into a program (the admin's action, and tests with their own folders). */
  public LoadOutcome load(long programId, SortedMap<String, byte[]> files, String source, String loadedBy) {
    CurriculumContent content = CurriculumReader.read(files);
    // One load at a time per program, so version numbers never collide.
    Program program = em.find(Program.class, programId, LockModeType.PESSIMISTIC_WRITE);
    if (program == null) {
      throw new NotFoundException("No such program.");
    }
    Optional<CurriculumVersion> latest = versions.latest(programId);
    if (latest.isPresent() && latest.get().hasContent(content.contentHash())) {
      CurriculumVersion v = latest.get();
      return new LoadOutcome(v.getNumber(), false, v.getModules().size(), v.getQuestions().size(), v.getTotalMinutes());
    }
    int number = latest.map(v -> v.getNumber() + 1).orElse(1);
    versions.add(new CurriculumVersion(program, number, content, source, loadedBy));
    LOG.info(() -> "Curriculum version " + number + " loaded for program " + programId + " from " + source);
    return new LoadOutcome(number, true, content.modules().size(), content.questions().size(), content.totalMinutes());
  }

  /**
   * At start: the installation's folder into every program whose latest version differs. Takes no input, so
   * it needs no role; a bad folder is logged with its problems and the application starts anyway.
   */
  @PermitAll
  public void loadAtStart() {
    SortedMap<String, byte[]> files = folder.files();
    List<Long> programs = em.createQuery("select p.id from Program p order by p.id", Long.class).getResultList();
    for (long programId : programs) {
      try {
        load(programId, files, folder.description(), null);
      } catch (CurriculumRejectedException e) {
        LOG.warning("The curriculum folder " + folder.description() + " was not loaded: " + e.problems());
        return;
      }
    }
  }
}
