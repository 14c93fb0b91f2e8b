-- Logins from platforms that offer LTI platform storage (Client Side postMessages): the frame to
-- talk to, and the hash of the secret the tool put into that storage to bind the state to the
-- browser when third-party cookies are blocked.
ALTER TABLE lti_login_state
  ADD COLUMN storage_target          VARCHAR(200) NULL,
  ADD COLUMN storage_binding_sha256  CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NULL;

-- Whether a launch was made in the learner role, so the context console counts learners only.
ALTER TABLE lti_launch
  ADD COLUMN as_learner BOOLEAN NOT NULL DEFAULT FALSE,
  ADD INDEX ix_lti_launch_context_module (organisation_id, platform_id, context_id, module_slug, as_learner);

-- Names and e-mail addresses are kept only when the organisation turns this on.
ALTER TABLE organisation
  ADD COLUMN keep_learner_names BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE learner_profile (
  organisation_id  UUID          NOT NULL,
  learner_id       CHAR(43)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  name             VARCHAR(300)  NULL,
  email            VARCHAR(320)  NULL,
  updated_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (organisation_id, learner_id),
  CONSTRAINT fk_learner_profile_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
