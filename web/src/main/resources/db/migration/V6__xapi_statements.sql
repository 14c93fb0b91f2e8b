-- The xAPI statement store. Clients choose statement ids and they are random, so the clustered
-- key is a time-ordered surrogate (seq) and the statement id a unique secondary key. IRIs and
-- agents are indexed by a 16-byte prefix of their SHA-256 (an "key"), which keeps indexes small
-- for tens of millions of rows; the statement JSON is kept as stored.

-- Credentials of other tools (and our own player) that send and read statements: HTTP Basic
-- key and secret, the secret kept only as its SHA-256.
CREATE TABLE xapi_credential (
  id               UUID          NOT NULL,
  organisation_id  UUID          NOT NULL,
  name             VARCHAR(200)  NOT NULL,
  api_key          VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  secret_sha256    CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  can_read         BOOLEAN       NOT NULL,
  can_write        BOOLEAN       NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  revoked_at       DATETIME(6)   NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_xapi_credential_key (api_key),
  CONSTRAINT fk_xapi_credential_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  INDEX ix_xapi_credential_organisation (organisation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE xapi_statement (
  seq              BIGINT        NOT NULL AUTO_INCREMENT,
  organisation_id  UUID          NOT NULL,
  statement_id     UUID          NOT NULL,
  stored           DATETIME(6)   NOT NULL,
  occurred         DATETIME(6)   NOT NULL,
  verb_key         BINARY(16)    NOT NULL,
  registration     UUID          NULL,
  voided           BOOLEAN       NOT NULL DEFAULT FALSE,
  voids            UUID          NULL,
  body             MEDIUMTEXT    NOT NULL,
  PRIMARY KEY (seq),
  UNIQUE KEY uq_xapi_statement_id (organisation_id, statement_id),
  INDEX ix_xapi_statement_org (organisation_id, seq),
  INDEX ix_xapi_statement_stored (organisation_id, stored),
  INDEX ix_xapi_statement_verb (organisation_id, verb_key, seq),
  INDEX ix_xapi_statement_registration (organisation_id, registration, seq),
  INDEX ix_xapi_statement_voids (organisation_id, voids)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Every agent a statement names, for the agent filter: the actor and an agent object directly,
-- authority, instructor, team and sub-statement agents only as related (related_agents=true).
CREATE TABLE xapi_statement_agent (
  organisation_id  UUID          NOT NULL,
  agent_key        BINARY(16)    NOT NULL,
  seq              BIGINT        NOT NULL,
  related_only     BOOLEAN       NOT NULL,
  PRIMARY KEY (organisation_id, agent_key, seq, related_only)
) ENGINE=InnoDB;

-- Every activity a statement names, for the activity filter: the object directly, context
-- activities and sub-statement activities only as related (related_activities=true).
CREATE TABLE xapi_statement_activity (
  organisation_id  UUID          NOT NULL,
  activity_key     BINARY(16)    NOT NULL,
  seq              BIGINT        NOT NULL,
  related_only     BOOLEAN       NOT NULL,
  PRIMARY KEY (organisation_id, activity_key, seq, related_only)
) ENGINE=InnoDB;

-- The progress projection: per learner (actor), activity and registration, what the statements
-- say. Updated in the transaction that stores the statements; rebuildable from them.
CREATE TABLE xapi_progress (
  organisation_id   UUID           NOT NULL,
  learner_key       BINARY(16)     NOT NULL,
  activity_key      BINARY(16)     NOT NULL,
  registration      UUID           NOT NULL,
  learner           VARCHAR(1000)  NOT NULL,
  activity_id       VARCHAR(2000)  NOT NULL,
  started_at        DATETIME(6)    NOT NULL,
  completed_at      DATETIME(6)    NULL,
  passed            BOOLEAN        NULL,
  score_scaled      DOUBLE         NULL,
  duration_seconds  DOUBLE         NULL,
  last_activity_at  DATETIME(6)    NOT NULL,
  statements        INT            NOT NULL,
  PRIMARY KEY (organisation_id, learner_key, activity_key, registration),
  INDEX ix_xapi_progress_activity (organisation_id, activity_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
