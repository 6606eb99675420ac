-- Actors (states, international organisations) and the names articles use for them.
-- People speak for an actor only for a time, so their roles carry a daterange.

CREATE TABLE actor (
    code        text        NOT NULL,
    kind        text        NOT NULL,
    name        text        NOT NULL,
    CONSTRAINT pk_actor PRIMARY KEY (code),
    CONSTRAINT chk_actor_code CHECK (code ~ '^[A-Z]{2,10}$'),
    CONSTRAINT chk_actor_kind CHECK (kind IN ('state', 'organisation')),
    CONSTRAINT chk_actor_state_code CHECK (kind <> 'state' OR length(code) = 3)
);

CREATE TABLE actor_alias (
    actor_code  text        NOT NULL,
    alias       text        NOT NULL,
    CONSTRAINT pk_actor_alias PRIMARY KEY (actor_code, alias),
    CONSTRAINT fk_actor_alias_actor FOREIGN KEY (actor_code) REFERENCES actor (code) ON DELETE CASCADE
);

CREATE TABLE actor_role (
    id          bigint      GENERATED ALWAYS AS IDENTITY,
    person      text        NOT NULL,
    actor_code  text        NOT NULL,
    title       text        NOT NULL,
    validity    daterange   NOT NULL,
    CONSTRAINT pk_actor_role PRIMARY KEY (id),
    CONSTRAINT fk_actor_role_actor FOREIGN KEY (actor_code) REFERENCES actor (code) ON DELETE CASCADE,
    CONSTRAINT uq_actor_role UNIQUE (person, actor_code, title, validity),
    CONSTRAINT chk_actor_role_validity CHECK (NOT isempty(validity))
);

-- Serves "who spoke for this actor on that day" (GET /actors/{code}).
CREATE INDEX idx_actor_role_actor ON actor_role (actor_code);

CREATE TABLE actor_role_alias (
    role_id     bigint      NOT NULL,
    alias       text        NOT NULL,
    CONSTRAINT pk_actor_role_alias PRIMARY KEY (role_id, alias),
    CONSTRAINT fk_actor_role_alias_role FOREIGN KEY (role_id) REFERENCES actor_role (id) ON DELETE CASCADE
);
