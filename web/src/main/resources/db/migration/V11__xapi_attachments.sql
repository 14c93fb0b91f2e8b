-- The raw data of xAPI statement attachments (Communication §1.5.2), stored once per SHA-2 per
-- organisation: statements find theirs through the sha2 of their attachment headers, so many
-- statements can share one copy. The data lives in the database rather than on disk so that it
-- is written in the same transaction as its statements (a request is stored whole or not at all)
-- and backed up with them; a request is at most awarehouse.xapi.max-body-bytes (8 MiB by
-- default), well within MariaDB's max_allowed_packet of 16 MiB.
CREATE TABLE xapi_attachment (
  organisation_id  UUID           NOT NULL,
  sha2             VARCHAR(128)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  length           BIGINT         NOT NULL,
  content          LONGBLOB       NOT NULL,
  stored           DATETIME(6)    NOT NULL,
  PRIMARY KEY (organisation_id, sha2),
  CONSTRAINT fk_xapi_attachment_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB;
