package org.johnschool.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import org.johnschool.support.Database;
import org.junit.jupiter.api.Test;

/**
 * The database the build and the demo start trusts no connection (issue 22, item 17): before, {@code initdb}'s
 * {@code trust} let any local process in as the superuser without a password. Below the application: the test
 * suite's own PostgreSQL, started by {@code tools/DevDatabase} as the demo's is.
 */
class DatabaseAccessIT {

  private static final String PORT = System.getProperty("test.db.port", "54330");

  @Test
  void no_role_gets_in_without_its_password_and_the_superusers_is_kept_for_its_owner_only() throws Exception {
    for (String[] attempt : new String[][] {{"postgres", ""}, {"postgres", "postgres"}, {"jsm", ""}, {"jsm", "wrong"}, {"nobody", ""}}) {
      SQLException refused = assertThrows(SQLException.class, () -> connect("postgres", attempt[0], attempt[1]).close(),
          attempt[0] + " with password '" + attempt[1] + "' got in");
      // 28P01 invalid_password; 08004 when the server asks for a password and the driver has an empty one to give
      assertTrue(Set.of("28P01", "08004").contains(refused.getSQLState()), attempt[0] + ": " + refused.getMessage());
    }

    java.util.List<String> rules = Files.readString(dataDirectory().resolve("pg_hba.conf")).lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    assertTrue(!rules.isEmpty() && rules.stream().allMatch(l -> l.endsWith("scram-sha-256")), "every rule asks for a password: " + rules);
    try (Connection c = Database.connect()) {
      assertTrue(c.isValid(2), "the application's role with its password");
    }

    Path password = dataDirectory().resolve("superuser-password");
    assertEquals(Set.of(PosixFilePermission.OWNER_READ), Files.getPosixFilePermissions(password));
    try (Connection c = connect("postgres", "postgres", Files.readString(password).trim());
        ResultSet rs = c.createStatement().executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
      rs.next();
      assertTrue(rs.getBoolean(1), "the kept password is the superuser's");
    }
  }

  private static Path dataDirectory() {
    return Path.of(System.getProperty("project.build.directory", "target"), "test-db");
  }

  private static Connection connect(String database, String user, String password) throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + PORT + "/" + database, user, password);
  }
}
