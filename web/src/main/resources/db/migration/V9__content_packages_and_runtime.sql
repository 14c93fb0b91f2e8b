-- Uploaded content packages: a package has versions (draft, published, retired); a version has
-- the files of its zip, each stored once in the content store by its SHA-256.

CREATE TABLE content_package (
  id               UUID          NOT NULL,
  organisation_id  UUID          NOT NULL,
  identifier       VARCHAR(500)  NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_content_package_org (organisation_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE package_version (
  id                UUID          NOT NULL,
  package_id        UUID          NOT NULL,
  number            INT           NOT NULL,
  status            VARCHAR(12)   NOT NULL,
  standard          VARCHAR(20)   NOT NULL,
  -- the path segment its files are delivered under; new for every version, so delivery may
  -- tell browsers to cache them for good
  content_key       CHAR(32)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  titles            JSON          NOT NULL,
  descriptions      JSON          NOT NULL,
  languages         JSON          NOT NULL,
  duration_minutes  SMALLINT      NULL,
  audience          JSON          NOT NULL,
  regulations       JSON          NOT NULL,
  -- launchable units and the table of contents, as the importer read them
  structure         JSON          NOT NULL,
  upload_sha256     CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  upload_bytes      BIGINT        NOT NULL,
  created_at        DATETIME(6)   NOT NULL,
  published_at      DATETIME(6)   NULL,
  retired_at        DATETIME(6)   NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_package_version_number (package_id, number),
  UNIQUE KEY uq_package_version_content_key (content_key),
  CONSTRAINT fk_package_version_package FOREIGN KEY (package_id) REFERENCES content_package (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE package_file (
  version_id  UUID           NOT NULL,
  path        VARCHAR(512)   NOT NULL,
  sha256      CHAR(64)       CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  size        BIGINT         NOT NULL,
  PRIMARY KEY (version_id, path),
  -- garbage collection asks whether any version still references an object
  INDEX ix_package_file_sha256 (sha256),
  CONSTRAINT fk_package_file_version FOREIGN KEY (version_id) REFERENCES package_version (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A learner's attempt at a package version; its registration ties the attempt's statements
-- together. One runtime state per launchable unit (SCO) of the attempt.
CREATE TABLE runtime_attempt (
  id                UUID          NOT NULL,
  organisation_id   UUID          NOT NULL,
  learner_id        CHAR(43)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  package_id        UUID          NOT NULL,
  version_id        UUID          NOT NULL,
  registration      UUID          NOT NULL,
  platform_id       UUID          NULL,
  context_id        VARCHAR(255)  NULL,
  resource_link_id  VARCHAR(255)  NULL,
  -- an author's preview: played like any attempt, but it makes no statements
  preview           BOOLEAN       NOT NULL,
  -- the rollup of its units, as last reported in statements on the package
  completion_status VARCHAR(20)   NOT NULL,
  success_status    VARCHAR(20)   NOT NULL,
  score_scaled      DOUBLE        NULL,
  completed_at      DATETIME(6)   NULL,
  started_at        DATETIME(6)   NOT NULL,
  updated_at        DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_runtime_attempt_learner (organisation_id, learner_id, package_id, started_at),
  CONSTRAINT fk_runtime_attempt_version FOREIGN KEY (version_id) REFERENCES package_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE runtime_unit_state (
  attempt_id         UUID          NOT NULL,
  unit_id            VARCHAR(255)  NOT NULL,
  -- the data model as the content left it: element name -> value
  cmi                JSON          NOT NULL,
  last_sequence      INT           NOT NULL,
  -- a new session's number; sessions of one unit share the attempt's registration
  sessions           INT           NOT NULL,
  session_open       BOOLEAN       NOT NULL,
  completion_status  VARCHAR(20)   NOT NULL,
  success_status     VARCHAR(20)   NOT NULL,
  score_scaled       DOUBLE        NULL,
  total_seconds      DOUBLE        NOT NULL,
  updated_at         DATETIME(6)   NOT NULL,
  PRIMARY KEY (attempt_id, unit_id),
  CONSTRAINT fk_runtime_unit_state_attempt FOREIGN KEY (attempt_id) REFERENCES runtime_attempt (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
