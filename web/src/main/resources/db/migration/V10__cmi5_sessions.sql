-- cmi5 AU sessions (cmi5 section 8 and 9.6.3.1): one row per launch of an AU. The fetch key and
-- the auth-token are random secrets kept only as their SHA-256; the row holds what the LMS must
-- remember to enforce the AU's statement rules (section 9.3) and to abandon a session that
-- never terminated (section 9.3.6).
CREATE TABLE runtime_cmi5_session (
  id                UUID          NOT NULL,
  attempt_id        UUID          NOT NULL,
  unit_id           VARCHAR(255)  NOT NULL,
  organisation_id   UUID          NOT NULL,
  learner_id        CHAR(43)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  registration      UUID          NOT NULL,
  activity_id       VARCHAR(1000) NOT NULL,
  fetch_sha256      CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  token_sha256      CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NULL,
  fetched_at        DATETIME(6)   NULL,
  launched_at       DATETIME(6)   NOT NULL,
  expires_at        DATETIME(6)   NOT NULL,
  last_statement_at DATETIME(6)   NULL,
  -- the cmi5 defined verbs the AU used in this session, for the rules on duplicates
  initialized       BOOLEAN       NOT NULL,
  completed         BOOLEAN       NOT NULL,
  judged            BOOLEAN       NOT NULL,
  terminated_at     DATETIME(6)   NULL,
  abandoned_at      DATETIME(6)   NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_runtime_cmi5_session_fetch (fetch_sha256),
  INDEX ix_runtime_cmi5_session_attempt (attempt_id, launched_at),
  CONSTRAINT fk_runtime_cmi5_session_attempt FOREIGN KEY (attempt_id) REFERENCES runtime_attempt (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The blocks and the course an attempt has satisfied (cmi5 section 9.3.9): the LMS SHOULD NOT say
-- so twice in a registration.
CREATE TABLE runtime_cmi5_satisfied (
  attempt_id    UUID          NOT NULL,
  node_id       VARCHAR(255)  NOT NULL,
  satisfied_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (attempt_id, node_id),
  CONSTRAINT fk_runtime_cmi5_satisfied_attempt FOREIGN KEY (attempt_id) REFERENCES runtime_attempt (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
