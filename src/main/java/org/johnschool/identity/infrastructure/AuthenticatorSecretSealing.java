package org.johnschool.identity.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.johnschool.identity.domain.SealedSecretConverter;
import org.johnschool.platform.SecretBox;

/**
 * At start, seals the authenticator secrets stored in plain text before they were sealed (V23), and says in the log
 * (without any secret) when production mode has no {@code JSM_SECRETS_KEY}: the readiness check is then down too.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class AuthenticatorSecretSealing {

  private static final Logger LOG = Logger.getLogger(AuthenticatorSecretSealing.class.getName());

  @Resource(lookup = "java:jboss/datasources/JsmDS")
  DataSource dataSource;

  @PostConstruct
  void sealPlainSecrets() {
    if (!SecretBox.isConfigured()) {
      LOG.severe(SecretBox.KEY_VARIABLE + " is not set: two-step sign-in cannot keep its secrets, and the server does not report"
          + " ready. Set it to 32 random bytes in Base64 (openssl rand -base64 32).");
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      Map<Long, String> plain = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement("select id, mfa_secret from app_user where mfa_secret not like 'v1:%'");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          plain.put(rs.getLong(1), rs.getString(2));
        }
      }
      try (PreparedStatement ps = c.prepareStatement("update app_user set mfa_secret = ? where id = ? and mfa_secret = ?")) {
        for (Map.Entry<Long, String> e : plain.entrySet()) {
          ps.setString(1, SecretBox.installed().seal(e.getValue(), SealedSecretConverter.PURPOSE));
          ps.setLong(2, e.getKey());
          ps.setString(3, e.getValue());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      if (!plain.isEmpty()) {
        LOG.info(() -> "Sealed the authenticator secrets of " + plain.size() + " account(s) stored before sealing.");
      }
    } catch (SQLException e) {
      LOG.log(Level.SEVERE, "Could not seal the stored authenticator secrets (SQL state " + e.getSQLState() + ").");
    }
  }
}
