-- The xAPI document resources: State, Activity Profile and Agent Profile. A document is found by
-- its kind, activity, agent, registration and id together; doc_key is the hash of all of them.
CREATE TABLE xapi_document (
  id               BIGINT         NOT NULL AUTO_INCREMENT,
  organisation_id  UUID           NOT NULL,
  doc_key          BINARY(16)     NOT NULL,
  kind             VARCHAR(20)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  scope_key        BINARY(16)     NOT NULL,
  activity_id      VARCHAR(2000)  NULL,
  agent            VARCHAR(2000)  NULL,
  registration     UUID           NULL,
  document_id      VARCHAR(1000)  NOT NULL,
  content_type     VARCHAR(255)   NOT NULL,
  content          MEDIUMBLOB     NOT NULL,
  etag             CHAR(40)       CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  updated          DATETIME(6)    NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_xapi_document (organisation_id, doc_key),
  INDEX ix_xapi_document_scope (organisation_id, scope_key, updated)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
