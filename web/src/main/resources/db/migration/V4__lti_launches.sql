-- Accepted LTI launches: who (pseudonymous), from where, into what. The learner id is an HMAC;
-- no name or e-mail is stored here.
CREATE TABLE lti_launch (
  id                UUID          NOT NULL,
  organisation_id   UUID          NOT NULL,
  platform_id       UUID          NOT NULL,
  learner_id        CHAR(43)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  deployment_id     VARCHAR(255)  NOT NULL,
  message_type      VARCHAR(40)   NOT NULL,
  context_id        VARCHAR(255)  NULL,
  resource_link_id  VARCHAR(255)  NULL,
  module_slug       VARCHAR(64)   NULL,
  roles             VARCHAR(500)  NOT NULL,
  locale            VARCHAR(35)   NULL,
  ags_lineitems     VARCHAR(1000) NULL,
  ags_lineitem      VARCHAR(1000) NULL,
  nrps_memberships  VARCHAR(1000) NULL,
  launched_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_lti_launch_platform FOREIGN KEY (platform_id) REFERENCES lti_platform (id),
  INDEX ix_lti_launch_learner (organisation_id, learner_id, launched_at),
  INDEX ix_lti_launch_context (organisation_id, context_id, launched_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
