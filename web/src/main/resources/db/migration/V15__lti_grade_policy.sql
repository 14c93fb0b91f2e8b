-- Grade policy per LTI link, from the link's custom parameters: whether completion-only content
-- posts full marks or completion without marks, and whether a weaker later score may replace a
-- better one in the gradebook.
ALTER TABLE lti_grade_target
  ADD COLUMN completion_marks VARCHAR(10) NOT NULL DEFAULT 'full',
  ADD COLUMN scores_may_lower BOOLEAN NOT NULL DEFAULT FALSE;
