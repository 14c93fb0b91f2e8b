-- Filter conditions for StatementRefs (xAPI 1.0.3 / 2.0 Communication §2.1.3.s3): a statement
-- whose object is a StatementRef matches a filter when the statement it targets does, and the
-- rule applies recursively. Each targeting statement (seq) therefore lists every statement id
-- its chain of StatementRefs reaches, not only the first, so a query needs one indexed join
-- whatever the depth. Ids are kept rather than seqs because a target may arrive after the
-- statement that targets it.
CREATE TABLE xapi_statement_ref (
  organisation_id  UUID    NOT NULL,
  target_id        UUID    NOT NULL,
  seq              BIGINT  NOT NULL,
  PRIMARY KEY (organisation_id, target_id, seq),
  INDEX ix_xapi_statement_ref_seq (organisation_id, seq)
) ENGINE=InnoDB;

-- Statements stored before this table: their direct targets ...
INSERT INTO xapi_statement_ref (organisation_id, target_id, seq)
SELECT organisation_id, JSON_VALUE(body, '$.object.id'), seq
FROM xapi_statement
WHERE JSON_VALUE(body, '$.object.objectType') = 'StatementRef';

-- ... and what those targets reach in turn (UNION, not UNION ALL, ends a cycle of refs).
INSERT IGNORE INTO xapi_statement_ref (organisation_id, target_id, seq)
SELECT organisation_id, target_id, seq FROM (
  WITH RECURSIVE reach (organisation_id, target_id, seq) AS (
    SELECT organisation_id, target_id, seq FROM xapi_statement_ref
    UNION
    SELECT r.organisation_id, further.target_id, r.seq
    FROM reach r
    JOIN xapi_statement t ON t.organisation_id = r.organisation_id AND t.statement_id = r.target_id
    JOIN xapi_statement_ref further ON further.organisation_id = t.organisation_id AND further.seq = t.seq
  )
  SELECT organisation_id, target_id, seq FROM reach
) reached;
