-- The text a person reads on the alert page: what was scored (reason spans
-- index it) and the plain body as received, quoted history included. Kept
-- apart from messages so listing and dedup never read it.
CREATE TABLE message_texts (
    message_id INTEGER PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
    prepared   TEXT    NOT NULL DEFAULT '',
    body       TEXT    NOT NULL DEFAULT ''
) STRICT;
