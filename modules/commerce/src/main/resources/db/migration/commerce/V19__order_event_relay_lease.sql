-- The order-event relay runs on one node of a cluster at a time: the node holding this lease
-- delivers the outbox's events to the plugins and renews it while it lives; when it dies, another
-- node takes the lease once it has lapsed (15 s) and delivers what was left, so a plugin hears
-- an event twice only when a node died between telling it and recording that it did.
INSERT INTO co_job_lease (name, holder, lease_until, runs) VALUES ('order-event-relay', NULL, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', 0);
