-- Messages the router has looked at. A message recorded but not routed
-- (the process died in between) is routed on the next start.
CREATE TABLE routed_messages (
    message_id BIGINT PRIMARY KEY,
    routed_at  BIGINT NOT NULL
);
