-- LTI 1.3: platform registrations, the tool's signing keys, and the login state and nonce stores
-- that every node shares.

-- Learner ids are HMAC(organisation secret, issuer + sub): the secret never leaves the database.
ALTER TABLE organisation ADD COLUMN learner_secret BINARY(32) NULL;
UPDATE organisation SET learner_secret = RANDOM_BYTES(32) WHERE learner_secret IS NULL;
ALTER TABLE organisation MODIFY learner_secret BINARY(32) NOT NULL;

CREATE TABLE lti_platform (
  id               UUID          NOT NULL,
  organisation_id  UUID          NOT NULL,
  name             VARCHAR(200)  NOT NULL,
  issuer           VARCHAR(255)  NOT NULL,
  client_id        VARCHAR(255)  NOT NULL,
  auth_url         VARCHAR(1000) NOT NULL,
  token_url        VARCHAR(1000) NOT NULL,
  jwks_url         VARCHAR(1000) NOT NULL,
  active           BOOLEAN       NOT NULL DEFAULT TRUE,
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_lti_platform_client UNIQUE (issuer, client_id),
  CONSTRAINT fk_lti_platform_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  INDEX ix_lti_platform_organisation (organisation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE lti_deployment (
  platform_id    UUID         NOT NULL,
  deployment_id  VARCHAR(255) NOT NULL,
  PRIMARY KEY (platform_id, deployment_id),
  CONSTRAINT fk_lti_deployment_platform FOREIGN KEY (platform_id) REFERENCES lti_platform (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- RSA signing keys. The private key is a JWE (dir, A256GCM) under the key-encryption key from
-- the environment; it is never stored in clear.
CREATE TABLE lti_tool_key (
  kid           VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  status        VARCHAR(10)  NOT NULL,
  public_jwk    TEXT         NOT NULL,
  private_jwe   TEXT         NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  activated_at  DATETIME(6)  NULL,
  retired_at    DATETIME(6)  NULL,
  PRIMARY KEY (kid),
  INDEX ix_lti_tool_key_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- OIDC login state (Security Framework 1.0 §5.1.1): one row per login initiation, consumed by the
-- launch that answers it. Only the SHA-256 of the state is stored.
CREATE TABLE lti_login_state (
  state_sha256     CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  platform_id      UUID          NOT NULL,
  nonce            VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  target_link_uri  VARCHAR(2000) NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  expires_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (state_sha256),
  INDEX ix_lti_login_state_expiry (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Nonces already used in a launch, kept until their token expires: a replay finds its row.
CREATE TABLE lti_used_nonce (
  nonce_sha256  CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  expires_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (nonce_sha256),
  INDEX ix_lti_used_nonce_expiry (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
