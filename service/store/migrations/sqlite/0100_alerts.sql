-- Alerts opened by the router, their history, the thread ids that group
-- follow-up mail into them, and the outbox of notifications to deliver.

CREATE TABLE alerts (
    id              INTEGER PRIMARY KEY,
    state           TEXT    NOT NULL,
    route           TEXT    NOT NULL,
    chain           TEXT    NOT NULL,
    chain_snapshot  BLOB    NOT NULL,
    step            INTEGER NOT NULL DEFAULT 0,
    round           INTEGER NOT NULL DEFAULT 0,
    owners          TEXT    NOT NULL DEFAULT '',
    message_ref     INTEGER NOT NULL DEFAULT 0,
    mailbox         TEXT    NOT NULL DEFAULT '',
    sender          TEXT    NOT NULL DEFAULT '',
    sender_name     TEXT    NOT NULL DEFAULT '',
    subject         TEXT    NOT NULL DEFAULT '',
    excerpt         TEXT    NOT NULL DEFAULT '',
    anger           REAL    NOT NULL DEFAULT 0,
    urgency         REAL    NOT NULL DEFAULT 0,
    heat            REAL    NOT NULL DEFAULT 0,
    level           TEXT    NOT NULL DEFAULT '',
    reasons         TEXT    NOT NULL DEFAULT '[]',
    messages        INTEGER NOT NULL DEFAULT 1,
    received_at     INTEGER NOT NULL,
    last_message_at INTEGER NOT NULL,
    opened_at       INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    next_due_at     INTEGER,
    acked_at        INTEGER,
    acked_by        TEXT    NOT NULL DEFAULT '',
    ack_via         TEXT    NOT NULL DEFAULT '',
    resolved_at     INTEGER,
    resolved_by     TEXT    NOT NULL DEFAULT '',
    version         INTEGER NOT NULL DEFAULT 1
);

-- The timer loop asks for open alerts whose next step is due.
CREATE INDEX alerts_due ON alerts (next_due_at) WHERE next_due_at IS NOT NULL;
CREATE INDEX alerts_sender ON alerts (sender, last_message_at) WHERE state <> 'RESOLVED';
CREATE INDEX alerts_state ON alerts (state, id);

CREATE TABLE alert_threads (
    alert_id   INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    message_id TEXT    NOT NULL,
    PRIMARY KEY (message_id, alert_id)
);

CREATE TABLE alert_events (
    id       INTEGER PRIMARY KEY,
    alert_id INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    at       INTEGER NOT NULL,
    kind     TEXT    NOT NULL,
    person   TEXT    NOT NULL DEFAULT '',
    channel  TEXT    NOT NULL DEFAULT '',
    detail   TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX alert_events_alert ON alert_events (alert_id, id);

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    idem_key        TEXT    NOT NULL UNIQUE,
    alert_id        INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    channel         TEXT    NOT NULL,
    person          TEXT    NOT NULL,
    address         TEXT    NOT NULL,
    kind            TEXT    NOT NULL DEFAULT '',
    step            INTEGER NOT NULL DEFAULT 0,
    status          TEXT    NOT NULL DEFAULT 'pending',
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT    NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status = 'pending';
