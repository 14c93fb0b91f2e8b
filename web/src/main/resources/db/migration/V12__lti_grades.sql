-- Where a learner's scores go: per platform, resource link and learner, the platform's user id
-- (sealed with the key-encryption key, since everything else here keeps only the pseudonym) and
-- the line item of the launch's AGS claim, or the one found or created for the resource link.
CREATE TABLE lti_grade_target (
  platform_id       UUID           NOT NULL,
  resource_link_id  VARCHAR(255)   NOT NULL,
  learner_id        CHAR(43)       CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  organisation_id   UUID           NOT NULL,
  context_id        VARCHAR(255)   NULL,
  user_sealed       VARCHAR(2000)  NOT NULL,
  lineitem_url      VARCHAR(1000)  NULL,
  lineitems_url     VARCHAR(1000)  NULL,
  scopes            VARCHAR(1000)  NOT NULL,
  updated_at        DATETIME(6)    NOT NULL,
  PRIMARY KEY (platform_id, resource_link_id, learner_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Scores waiting for their platform, written in the transaction that changed the learner's
-- outcome. Delivered in order per learner and link; retried while the platform is down; parked
-- with the platform's answer when it refuses.
CREATE TABLE lti_grade_outbox (
  id                 BIGINT         NOT NULL AUTO_INCREMENT,
  organisation_id    UUID           NOT NULL,
  platform_id        UUID           NOT NULL,
  resource_link_id   VARCHAR(255)   NOT NULL,
  learner_id         CHAR(43)       CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  context_id         VARCHAR(255)   NULL,
  score_given        DOUBLE         NULL,
  score_maximum      DOUBLE         NOT NULL,
  activity_progress  VARCHAR(20)    NOT NULL,
  grading_progress   VARCHAR(20)    NOT NULL,
  scored_at          DATETIME(6)    NOT NULL,
  created_at         DATETIME(6)    NOT NULL,
  attempts           INT            NOT NULL DEFAULT 0,
  next_attempt_at    DATETIME(6)    NOT NULL,
  claimed_until      DATETIME(6)    NULL,
  delivered_at       DATETIME(6)    NULL,
  parked_at          DATETIME(6)    NULL,
  last_error         VARCHAR(1000)  NULL,
  PRIMARY KEY (id),
  INDEX ix_lti_grade_outbox_head (platform_id, resource_link_id, learner_id, delivered_at, id),
  INDEX ix_lti_grade_outbox_due (delivered_at, parked_at, next_attempt_at),
  INDEX ix_lti_grade_outbox_context (organisation_id, platform_id, context_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
