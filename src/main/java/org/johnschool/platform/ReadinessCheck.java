package org.johnschool.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers, the schema migrations have run and, in production mode, the key that seals
 * two-step sign-in secrets is set ({@link SecretBox}) (/health/ready).
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Resource(lookup = "java:jboss/datasources/JsmDS")
  DataSource dataSource;

  @Inject DatabaseMigration migration;

  @Override
  public HealthCheckResponse call() {
    boolean reachable = databaseAnswers();
    boolean migrated = migration.isMigrated();
    boolean secretsKey = SecretBox.isConfigured();
    return HealthCheckResponse.named("database")
        .status(reachable && migrated && secretsKey)
        .withData("reachable", reachable)
        .withData("migrated", migrated)
        .withData("secretsKey", secretsKey)
        .build();
  }

  private boolean databaseAnswers() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
