-- Every writer takes a number from this sequence after it commits a change to articles, stances or
-- reference data. Readers that cache answers (the API) compare it with the number an answer was
-- computed at; a sequence is never rolled back and never blocks two writers on each other.
CREATE SEQUENCE data_version;
