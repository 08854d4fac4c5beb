package org.johnschool.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the database schema up to date (Flyway, src/main/resources/db/migration) before anything uses it. */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/JsmDS")
  DataSource dataSource;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    var result =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    migrated = true;
    // Flyway names no target version when nothing was applied: the schema is then at the version it found.
    String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
  }

  public boolean isMigrated() {
    return migrated;
  }
}
