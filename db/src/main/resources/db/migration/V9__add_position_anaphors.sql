-- A position can be named by anaphors ("the deal") in articles that also name it by a term.

ALTER TABLE position_cue DROP CONSTRAINT chk_position_cue_kind;
ALTER TABLE position_cue ADD CONSTRAINT chk_position_cue_kind
    CHECK (kind IN ('anaphor', 'opposite', 'harm', 'deed', 'support', 'oppose'));
