-- Tenants and the API tokens that act for them.

CREATE TABLE organisation (
  id          UUID         NOT NULL,
  slug        VARCHAR(63)  NOT NULL,
  name        VARCHAR(200) NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_organisation_slug UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE api_token (
  id               UUID         NOT NULL,
  organisation_id  UUID         NOT NULL,
  name             VARCHAR(200) NOT NULL,
  -- SHA-256 of the secret, hex; the secret itself is never stored
  secret_sha256    CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  roles            VARCHAR(100) NOT NULL,
  bootstrap        BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at       DATETIME(6)  NOT NULL,
  expires_at       DATETIME(6)  NULL,
  last_used_at     DATETIME(6)  NULL,
  revoked_at       DATETIME(6)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_api_token_secret UNIQUE (secret_sha256),
  CONSTRAINT fk_api_token_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  INDEX ix_api_token_organisation (organisation_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The organisation that the operator token belongs to. Created here, not in code, so that nodes
-- starting together cannot race to create it.
INSERT INTO organisation (id, slug, name, created_at)
VALUES ('00000000-0000-7000-8000-000000000001', 'default', 'Default organisation', UTC_TIMESTAMP(6));
