-- Two indexes duplicate the leading column of a unique constraint's index on the same table:
-- uq_stance (article_id, ...) serves lookups by article, uq_stance_evidence (stance_id, ...) lookups
-- by stance. Each extra index is one more write per row, which a bulk load pays on every stance.
DROP INDEX idx_stance_article;
DROP INDEX idx_stance_evidence_stance;
