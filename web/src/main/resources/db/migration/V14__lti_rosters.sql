-- Course rosters from LTI Names and Role Provisioning Services: who is in a course (pseudonymous,
-- like everything else), with which roles, and whether the platform still lists them. The roster
-- is what "assigned" means when participation is counted.
CREATE TABLE lti_roster (
  platform_id       UUID           NOT NULL,
  context_id        VARCHAR(255)   NOT NULL,
  organisation_id   UUID           NOT NULL,
  memberships_url   VARCHAR(1000)  NOT NULL,
  sync_requested_at DATETIME(6)    NULL,
  synced_at         DATETIME(6)    NULL,
  members           INT            NOT NULL DEFAULT 0,
  last_error        VARCHAR(1000)  NULL,
  PRIMARY KEY (platform_id, context_id),
  INDEX ix_lti_roster_due (sync_requested_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE lti_roster_member (
  platform_id       UUID           NOT NULL,
  context_id        VARCHAR(255)   NOT NULL,
  learner_id        CHAR(43)       CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  roles             VARCHAR(200)   NOT NULL,
  learner           BOOLEAN        NOT NULL,
  status            VARCHAR(10)    NOT NULL,
  synced_at         DATETIME(6)    NOT NULL,
  PRIMARY KEY (platform_id, context_id, learner_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
