-- A position is about places and parties: an offensive on Idlib is aimed at Idlib (not at Afrin),
-- and done by Syrian government forces and their allies (not by Turkey); a strike answering a
-- chemical attack is aimed at the Syrian state. Targets are place names; agents and target actors
-- are actor codes, kept as cues of their kind.

ALTER TABLE position_cue DROP CONSTRAINT chk_position_cue_kind;
ALTER TABLE position_cue ADD CONSTRAINT chk_position_cue_kind
    CHECK (kind IN ('anaphor', 'opposite', 'harm', 'deed', 'support', 'oppose', 'target', 'agent', 'target_actor'));

-- Some positions are named by the condition they answer ("chemical weapons" for a response to their
-- use): siding with or against the condition takes no side on the position.
ALTER TABLE position ADD COLUMN terms_are_conditions boolean NOT NULL DEFAULT false;
