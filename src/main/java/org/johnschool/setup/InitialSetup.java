package org.johnschool.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.johnschool.court.domain.Court;
import org.johnschool.curriculum.domain.PresenterRole;
import org.johnschool.identity.domain.PasswordHasher;
import org.johnschool.identity.domain.PasswordPolicy;
import org.johnschool.identity.domain.Role;
import org.johnschool.identity.domain.StaffUser;
import org.johnschool.identity.domain.StaffUsers;
import org.johnschool.program.domain.Program;
import org.johnschool.referral.domain.EligibilityPolicy;
import org.johnschool.scheduling.domain.Presenter;
import org.johnschool.scheduling.domain.Venue;

/**
 * Seeds an empty installation. Demo mode ({@code JSM_MODE=demo}, the embedded default): a program,
 * two courts and the {@link DemoAccount}s, printed at start. Production mode: only the first admin,
 * from {@code JSM_ADMIN_USERNAME} and {@code JSM_ADMIN_PASSWORD} (and {@code JSM_PROGRAM_CODE},
 * {@code JSM_PROGRAM_NAME}), and only while no account exists.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class InitialSetup {

  private static final Logger LOG = Logger.getLogger(InitialSetup.class.getName());

  @PersistenceContext EntityManager em;
  @Inject StaffUsers users;

  @PostConstruct
  void seed() {
    boolean demo = "demo".equalsIgnoreCase(System.getProperty("jsm.mode", "production"));
    if (users.count() > 0) {
      if (demo) {
        printDemoBanner();
      }
      return;
    }
    if (demo) {
      seedDemo();
      printDemoBanner();
    } else {
      seedFirstAdmin();
    }
  }

  /**
   * Returns once the seeding has run: the container creates this singleton, seeding included, before it
   * answers any call, so callers that need the programs call this first.
   */
  public void awaitSeeding() {
    // nothing more to do: being called is the guarantee
  }

  private void seedDemo() {
    Program program = program("DEMO", "Demo County First Offender Program", "1 Example Plaza, Demo City, CA 94000");
    // The demo's program is where this machine is, so "today" on its pages is the machine's day (and the tests').
    String here = java.time.ZoneId.systemDefault().getId();
    program.changeTimeZone(java.time.ZoneId.getAvailableZoneIds().contains(here) ? here : "UTC");
    Map<String, Court> courts = new HashMap<>();
    for (String[] c : new String[][] {{"SF-SUP", "Superior Court of San Francisco"}, {"ALA-SUP", "Superior Court of Alameda"}}) {
      Court court = new Court(program, c[0], c[1]);
      em.persist(court);
      courts.put(c[0], court);
    }
    Venue hall = new Venue(program, "Demo County Hall of Justice", "850 Bryant Street, Demo City, CA 94000",
        List.of("Room 101", "Room 102"), 40, "Step-free entrance on 7th Street; hearing loop in Room 101; elevator to all floors.");
    hall.makeDefault();
    em.persist(hall);
    em.persist(new Venue(program, "Demo Public Health Center", "101 Grove Street, Demo City, CA 94000", List.of("Auditorium"), 60,
        "Step-free; accessible restrooms on the ground floor."));
    em.persist(new Presenter(program, "Dana Prosecutor", PresenterRole.PROSECUTOR, List.of("en"), null));
    em.persist(new Presenter(program, "Luis Educador", PresenterRole.PUBLIC_HEALTH_EDUCATOR, List.of("en", "es"), null));
    em.persist(new Presenter(program, "Sam Survivor", PresenterRole.SURVIVOR_SPEAKER, List.of("en", "es"), null));
    em.persist(new Presenter(program, "Officer Kim", PresenterRole.POLICE_OFFICER, List.of("en"), null));
    em.persist(new Presenter(program, "Rosa Consejera", PresenterRole.COUNSELOR, List.of("es", "en"), null));
    for (DemoAccount a : DemoAccount.ALL) {
      em.persist(new StaffUser(program, a.username(), a.displayName(), a.role(),
          a.courtCode() == null ? null : courts.get(a.courtCode()), PasswordHasher.hash(a.password())));
    }
  }

  private void seedFirstAdmin() {
    String username = System.getenv("JSM_ADMIN_USERNAME");
    String password = System.getenv("JSM_ADMIN_PASSWORD");
    if (username == null || password == null) {
      LOG.warning("No accounts exist. Set JSM_ADMIN_USERNAME and JSM_ADMIN_PASSWORD (and JSM_PROGRAM_CODE, "
          + "JSM_PROGRAM_NAME) and restart to create the first admin.");
      return;
    }
    var problem = PasswordPolicy.problemWith(password, username);
    if (problem.isPresent()) {
      LOG.severe("JSM_ADMIN_PASSWORD is refused: " + problem.get() + " No admin was created.");
      return;
    }
    String code = System.getenv().getOrDefault("JSM_PROGRAM_CODE", "PROGRAM");
    String name = System.getenv().getOrDefault("JSM_PROGRAM_NAME", "First Offender Program");
    Program program = program(code, name, null);
    em.persist(new StaffUser(program, username, "Administrator", Role.ADMIN, null, PasswordHasher.hash(password)));
    LOG.info("Created the first admin account and program " + code + ".");
  }

  private Program program(String code, String name, String address) {
    Program program = em.createQuery("select p from Program p where p.code = :c", Program.class)
        .setParameter("c", code).getResultStream().findFirst().orElse(null);
    if (program == null) {
      program = new Program(code, name, address);
      em.persist(program);
      em.persist(EligibilityPolicy.standard(program));
    }
    return program;
  }

  private void printDemoBanner() {
    StringBuilder b = new StringBuilder("\n\n  John School Manager (demo mode) is at http://localhost:8080/\n  Demo accounts (user / password):\n");
    for (DemoAccount a : DemoAccount.ALL) {
      b.append(String.format("    %-14s %-28s %s%s%n", a.username(), a.password(), a.role(),
          a.courtCode() == null ? "" : " of court " + a.courtCode()));
    }
    LOG.info(b.toString());
  }
}
