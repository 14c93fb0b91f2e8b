-- Forwarding an organisation's statements to an external LRS. Each stored batch leaves an outbox
-- row in the transaction that stores it, so nothing acknowledged is missed; workers on any node
-- claim rows in order, post them and retry with backoff, and park them on a permanent refusal.
CREATE TABLE xapi_forwarding (
  organisation_id    UUID           NOT NULL,
  endpoint           VARCHAR(1000)  NOT NULL,
  authorization_jwe  TEXT           NOT NULL,
  updated_at         DATETIME(6)    NOT NULL,
  PRIMARY KEY (organisation_id),
  CONSTRAINT fk_xapi_forwarding_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE xapi_forward_outbox (
  id               BIGINT         NOT NULL AUTO_INCREMENT,
  organisation_id  UUID           NOT NULL,
  seqs             TEXT           CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  created_at       DATETIME(6)    NOT NULL,
  attempts         INT            NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(6)    NOT NULL,
  claimed_until    DATETIME(6)    NULL,
  parked_at        DATETIME(6)    NULL,
  last_error       VARCHAR(1000)  NULL,
  PRIMARY KEY (id),
  INDEX ix_xapi_forward_outbox_due (organisation_id, parked_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
