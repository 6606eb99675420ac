-- GET /api/stances lists an actor's stances newest first, a page at a time: with this index a page
-- is read in order from the index instead of sorting all of that actor's stances to keep fifty.
CREATE INDEX idx_stance_actor_date ON stance (topic_id, actor_code, stance_date DESC NULLS LAST, id DESC);
