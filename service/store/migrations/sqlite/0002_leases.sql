-- Named leases with an expiry: each mailbox is read by one replica at a
-- time, and another takes over when the holder stops renewing.
CREATE TABLE leases (
    name        TEXT    PRIMARY KEY,
    holder      TEXT    NOT NULL,
    acquired_at INTEGER NOT NULL, -- UTC unix nanoseconds
    expires_at  INTEGER NOT NULL
) STRICT;
