package org.johnschool.identity.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.johnschool.platform.SecretBox;

/** An account's authenticator secret is stored sealed ({@link SecretBox}), so a copy of the database does not give it. */
@Converter
public class SealedSecretConverter implements AttributeConverter<String, String> {

  /** The associated data of these secrets: a sealed value opens only as an account's authenticator secret. */
  public static final String PURPOSE = "app_user.mfa_secret";

  @Override
  public String convertToDatabaseColumn(String secret) {
    return secret == null ? null : SecretBox.installed().seal(secret, PURPOSE);
  }

  @Override
  public String convertToEntityAttribute(String stored) {
    return stored == null || !SecretBox.isSealed(stored) ? stored : SecretBox.installed().open(stored, PURPOSE);
  }
}
