-- Named leases with an expiry: each mailbox is read by one replica at a
-- time, and another takes over when the holder stops renewing.
CREATE TABLE leases (
    name        TEXT   PRIMARY KEY,
    holder      TEXT   NOT NULL,
    acquired_at BIGINT NOT NULL, -- UTC Unix nanoseconds, database clock
    expires_at  BIGINT NOT NULL
);
