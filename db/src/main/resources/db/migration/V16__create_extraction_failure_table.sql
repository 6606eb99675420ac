-- An extractor that fails on an article (it threw, or gave stances the SPI forbids) leaves that
-- article without its findings, or without some of them, and a load goes on. Each such (article,
-- extractor) pair is kept here, written in the transaction that stores the article: a load stopped
-- and run again keeps the pairs of every batch it committed and no others. `stance extract --failed`
-- runs each pair's extractor again, and deletes the pair once it succeeds.

CREATE TABLE extraction_failure (
    extractor_name    text        NOT NULL,
    article_id        bigint      NOT NULL,
    extractor_version text        NOT NULL,
    reason            text        NOT NULL,
    failed_at         timestamptz NOT NULL DEFAULT now(),
    -- Extractor first: `extract --failed` reads one extractor's articles in id order, and the
    -- summary of a load counts the pairs per extractor.
    CONSTRAINT pk_extraction_failure PRIMARY KEY (extractor_name, article_id),
    -- Deleting an article is rare and never bulk, so no index on article_id serves this cascade.
    CONSTRAINT fk_extraction_failure_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);
