-- Authenticator secrets are stored sealed (AES-256-GCM with JSM_SECRETS_KEY, see SecretBox): "v1:" and the Base64 of
-- IV, ciphertext and tag, about 80 characters for a 32-character Base32 secret. Secrets stored before this are sealed
-- at the next start (AuthenticatorSecretSealing).
alter table app_user alter column mfa_secret type varchar(200);
