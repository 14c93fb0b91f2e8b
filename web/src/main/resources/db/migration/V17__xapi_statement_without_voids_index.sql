-- No query looks statements up by the statement they void: voiding finds its target by id, and
-- "voids is null" only narrows scans that an index on seq already drives. The index cost every
-- insert a B-tree write for nothing.
ALTER TABLE xapi_statement DROP INDEX ix_xapi_statement_voids;
