package org.johnschool.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.johnschool.curriculum.application.CurriculumLoader;

/** Once the web application is up (and the programs are seeded), the curriculum folder is loaded into every program that needs it. */
@ApplicationScoped
public class CurriculumAtStart {

  private static final Logger LOG = Logger.getLogger(CurriculumAtStart.class.getName());

  @Inject InitialSetup setup;
  @Inject CurriculumLoader loader;

  void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
    setup.awaitSeeding();
    try {
      loader.loadAtStart();
    } catch (RuntimeException e) {
      // The application must start even when the folder cannot be loaded; the admin page shows why on a retry.
      LOG.log(Level.WARNING, "The curriculum folder was not loaded at start: " + e.getClass().getSimpleName());
    }
  }
}
