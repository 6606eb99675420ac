-- Articles as loaded. An article is the same article when its (source, external id) or its
-- text is: both are unique, so a reload stores nothing new.

CREATE TABLE article (
    id           bigint      GENERATED ALWAYS AS IDENTITY,
    source       text        NOT NULL,
    external_id  text        NOT NULL,
    url          text,
    title        text,
    published    date,
    body         text        NOT NULL,
    content_hash text        NOT NULL,
    loaded_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_article PRIMARY KEY (id),
    CONSTRAINT uq_article_source_external_id UNIQUE (source, external_id),
    CONSTRAINT uq_article_content_hash UNIQUE (content_hash),
    CONSTRAINT chk_article_content_hash CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT chk_article_body_not_blank CHECK (btrim(body) <> '')
);
