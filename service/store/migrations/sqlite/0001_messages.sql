-- Read position per mailbox. LastUID only moves forward within one
-- UIDVALIDITY; a new UIDVALIDITY replaces the row.
CREATE TABLE checkpoints (
    mailbox      TEXT    PRIMARY KEY,
    uid_validity INTEGER NOT NULL,
    last_uid     INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL -- UTC unix nanoseconds
) STRICT;

-- Recorded messages with their scores. Times are UTC unix nanoseconds;
-- lists are JSON arrays.
CREATE TABLE messages (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    mailbox      TEXT    NOT NULL,
    uid_validity INTEGER NOT NULL,
    uid          INTEGER NOT NULL,
    message_id   TEXT    NOT NULL DEFAULT '',
    content_hash TEXT    NOT NULL,
    from_addr    TEXT    NOT NULL DEFAULT '',
    from_name    TEXT    NOT NULL DEFAULT '',
    subject      TEXT    NOT NULL DEFAULT '',
    date         INTEGER,          -- NULL when the Date header was absent or bad
    recorded_at  INTEGER NOT NULL,
    in_reply_to  TEXT    NOT NULL DEFAULT '',
    refs         TEXT    NOT NULL DEFAULT '[]',
    size         INTEGER NOT NULL DEFAULT 0,
    attachments  TEXT    NOT NULL DEFAULT '[]',
    problems     TEXT    NOT NULL DEFAULT '[]',
    raw          BLOB,
    anger        REAL    NOT NULL DEFAULT 0,
    urgency      REAL    NOT NULL DEFAULT 0,
    heat         REAL    NOT NULL DEFAULT 0,
    sentiment    REAL    NOT NULL DEFAULT 0,
    level        TEXT    NOT NULL DEFAULT '',
    reasons      TEXT    NOT NULL DEFAULT '[]',
    marked       INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Deduplication keys: an IMAP location, and the content within a mailbox
-- (message_id is '' when the message has none, so the hash decides).
CREATE UNIQUE INDEX messages_location ON messages (mailbox, uid_validity, uid);
CREATE UNIQUE INDEX messages_content ON messages (mailbox, message_id, content_hash);

CREATE INDEX messages_recorded ON messages (recorded_at, id);
CREATE INDEX messages_mailbox_recorded ON messages (mailbox, recorded_at, id);
CREATE INDEX messages_message_id ON messages (message_id) WHERE message_id <> '';
CREATE INDEX messages_unmarked ON messages (mailbox, id) WHERE marked = 0;
