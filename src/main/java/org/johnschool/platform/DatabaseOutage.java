package org.johnschool.platform;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a lost database connection from other failures, so that requests made while the database is
 * out answer 503 ("try again shortly", nothing changed) instead of an error with an incident number.
 * The connection pool validates connections before use and drops broken ones, so the application
 * recovers by itself when the database is back.
 */
public final class DatabaseOutage {

  /** Exceptions that mean "no connection", by name (some belong to server modules the application does not compile against). */
  private static final Set<String> CONNECTION_FAILURES = Set.of("java.sql.SQLTransientConnectionException",
      "java.sql.SQLNonTransientConnectionException", "org.hibernate.exception.JDBCConnectionException", "jakarta.resource.ResourceException",
      "org.jboss.jca.core.connectionmanager.pool.mcp.ManagedConnectionPoolException", "java.net.ConnectException");

  public static final String MESSAGE = "The database cannot be reached at the moment. Nothing was changed; try again in a minute.";

  private DatabaseOutage() {}

  public static boolean isCause(Throwable e) {
    Throwable t = e;
    for (int i = 0; i < 20 && t != null; i++) {
      String name = t.getClass().getName();
      if (CONNECTION_FAILURES.contains(name)) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
        return true;
      }
      t = t.getCause() == t ? null : t.getCause();
    }
    return false;
  }
}
