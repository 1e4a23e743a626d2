-- A webhook URL is a credential (a Slack incoming-webhook URL is all it
-- takes to post into the channel). Older versions copied it into delivery
-- errors and alert history; replace it there. The outbox keeps it in
-- address, where delivery needs it.
UPDATE outbox
SET last_error = replace(last_error, address, '(webhook URL)')
WHERE channel <> 'email' AND address <> '' AND instr(last_error, address) > 0;

UPDATE alert_events
SET detail = replace(detail, (
        SELECT o.address FROM outbox o
        WHERE o.alert_id = alert_events.alert_id AND o.channel <> 'email' AND o.address <> ''
          AND instr(alert_events.detail, o.address) > 0
        LIMIT 1), '(webhook URL)')
WHERE EXISTS (
        SELECT 1 FROM outbox o
        WHERE o.alert_id = alert_events.alert_id AND o.channel <> 'email' AND o.address <> ''
          AND instr(alert_events.detail, o.address) > 0);
