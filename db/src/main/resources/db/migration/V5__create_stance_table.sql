-- Stances: an article's report that an actor supports or opposes a position, when, and on what
-- evidence, as found by one extractor version. Re-extraction replaces rows by extractor name.

CREATE TABLE stance (
    id                bigint      GENERATED ALWAYS AS IDENTITY,
    article_id        bigint      NOT NULL,
    actor_code        text        NOT NULL,
    topic_id          text        NOT NULL,
    position_id       text        NOT NULL,
    polarity          text        NOT NULL,
    stance_date       date,
    date_precision    text        NOT NULL,
    evidence          text        NOT NULL,
    evidence_start    integer     NOT NULL,
    evidence_end      integer     NOT NULL,
    extractor_name    text        NOT NULL,
    extractor_version text        NOT NULL,
    confidence        double precision NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_stance PRIMARY KEY (id),
    CONSTRAINT fk_stance_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_stance_actor FOREIGN KEY (actor_code) REFERENCES actor (code),
    CONSTRAINT fk_stance_position FOREIGN KEY (topic_id, position_id) REFERENCES position (topic_id, id),
    CONSTRAINT uq_stance UNIQUE (article_id, extractor_name, actor_code, topic_id, position_id, polarity, evidence_start),
    CONSTRAINT chk_stance_polarity CHECK (polarity IN ('support', 'oppose')),
    CONSTRAINT chk_stance_date_precision CHECK (date_precision IN ('day', 'month', 'unknown')),
    CONSTRAINT chk_stance_date_known CHECK ((stance_date IS NULL) = (date_precision = 'unknown')),
    CONSTRAINT chk_stance_evidence_span CHECK (evidence_start >= 0 AND evidence_end > evidence_start),
    CONSTRAINT chk_stance_confidence CHECK (confidence >= 0 AND confidence <= 1)
);

-- The timeline and standings queries: one topic, optionally one actor and position, by date.
CREATE INDEX idx_stance_timeline ON stance (topic_id, actor_code, position_id, stance_date)
    INCLUDE (polarity, confidence);
-- GET /articles/{id} and re-extraction of one article.
CREATE INDEX idx_stance_article ON stance (article_id);
-- Re-extraction replaces one extractor's stances.
CREATE INDEX idx_stance_extractor ON stance (extractor_name);
