-- The PostgreSQL twin of migrations/sqlite/0003_message_texts.sql.
CREATE TABLE message_texts (
    message_id BIGINT PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
    prepared   TEXT   NOT NULL DEFAULT '',
    body       TEXT   NOT NULL DEFAULT ''
);
