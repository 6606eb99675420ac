-- A stance whose article names no day for it is counted from the article's publication day, marked
-- date_precision 'published', so that it appears on timelines, standings and shifts instead of in
-- none (14% of the Guardian corpus's stances, among them Russia's backing of the Sochi buffer zone).
-- The export and the evaluation still report it as undated: the day is the article's, not one the
-- text gives (StanceExportReader maps it back).
--
-- Set by the database for every writer, as the tallies are kept: a row trigger before the row is
-- stored, so that the tallies' statement triggers see the day.

ALTER TABLE stance DROP CONSTRAINT chk_stance_date_precision;
ALTER TABLE stance ADD CONSTRAINT chk_stance_date_precision
    CHECK (date_precision IN ('day', 'month', 'unknown', 'published'));

CREATE FUNCTION stance_date_from_publication() RETURNS trigger
LANGUAGE plpgsql AS $function$
BEGIN
    IF NEW.stance_date IS NULL THEN
        SELECT a.published INTO NEW.stance_date FROM article a WHERE a.id = NEW.article_id;
        IF NEW.stance_date IS NOT NULL THEN
            NEW.date_precision := 'published';
        END IF;
    END IF;
    RETURN NEW;
END
$function$;

CREATE TRIGGER stance_date_from_publication BEFORE INSERT OR UPDATE OF stance_date, date_precision ON stance
    FOR EACH ROW EXECUTE FUNCTION stance_date_from_publication();

UPDATE stance s
SET stance_date = a.published, date_precision = 'published'
FROM article a
WHERE a.id = s.article_id AND s.stance_date IS NULL AND a.published IS NOT NULL;
