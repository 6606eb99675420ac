-- One stance per (article, actor, position, polarity), with every finding that shows it. Until now
-- each extractor's finding was its own stance row, so a stance two extractors found counted twice on
-- the timeline. Findings move to stance_evidence, each keeping its extractor, date and confidence;
-- the stance row keeps its lead finding (the first in the text) for listing without a join.

CREATE TABLE stance_evidence (
    id                bigint      GENERATED ALWAYS AS IDENTITY,
    stance_id         bigint      NOT NULL,
    extractor_name    text        NOT NULL,
    extractor_version text        NOT NULL,
    evidence          text        NOT NULL,
    evidence_start    integer     NOT NULL,
    evidence_end      integer     NOT NULL,
    stance_date       date,
    date_precision    text        NOT NULL,
    confidence        double precision NOT NULL,
    CONSTRAINT pk_stance_evidence PRIMARY KEY (id),
    CONSTRAINT fk_stance_evidence_stance FOREIGN KEY (stance_id) REFERENCES stance (id) ON DELETE CASCADE,
    CONSTRAINT uq_stance_evidence UNIQUE (stance_id, extractor_name, evidence_start),
    CONSTRAINT chk_stance_evidence_span CHECK (evidence_start >= 0 AND evidence_end > evidence_start),
    CONSTRAINT chk_stance_evidence_date_precision CHECK (date_precision IN ('day', 'month', 'unknown')),
    CONSTRAINT chk_stance_evidence_date_known CHECK ((stance_date IS NULL) = (date_precision = 'unknown')),
    CONSTRAINT chk_stance_evidence_confidence CHECK (confidence >= 0 AND confidence <= 1)
);

-- GET /articles/{id} and the stances listing read a stance's evidence.
CREATE INDEX idx_stance_evidence_stance ON stance_evidence (stance_id);
-- Re-extraction replaces one extractor's findings.
CREATE INDEX idx_stance_evidence_extractor ON stance_evidence (extractor_name);

INSERT INTO stance_evidence (stance_id, extractor_name, extractor_version, evidence, evidence_start, evidence_end,
                             stance_date, date_precision, confidence)
SELECT id, extractor_name, extractor_version, evidence, evidence_start, evidence_end, stance_date, date_precision, confidence
FROM stance;

-- Fold the rows of one key into the first.
WITH ranked AS (
    SELECT id, min(id) OVER (PARTITION BY article_id, actor_code, topic_id, position_id, polarity) AS keep
    FROM stance
)
UPDATE stance_evidence e SET stance_id = ranked.keep
FROM ranked
WHERE e.stance_id = ranked.id AND ranked.id <> ranked.keep;

DELETE FROM stance s
WHERE EXISTS (SELECT 1 FROM stance k
              WHERE k.article_id = s.article_id AND k.actor_code = s.actor_code AND k.topic_id = s.topic_id
                AND k.position_id = s.position_id AND k.polarity = s.polarity AND k.id < s.id);

ALTER TABLE stance DROP CONSTRAINT uq_stance;
ALTER TABLE stance ADD CONSTRAINT uq_stance UNIQUE (article_id, actor_code, topic_id, position_id, polarity);
DROP INDEX idx_stance_extractor;
