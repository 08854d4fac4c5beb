package org.johnschool.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A direct connection to the test server's PostgreSQL (the one the build started), for checks below the application. */
public final class Database {

  private Database() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + System.getProperty("test.db.port", "54330") + "/jsm", "jsm", "jsm");
  }
}
