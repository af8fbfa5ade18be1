-- Work that must run once per cluster, not once per node (the reservation sweep): each run first
-- takes the job's lease with one conditional UPDATE; the node whose UPDATE changed the row runs,
-- the others skip until the lease has lapsed. A node that dies holding it loses it at lease_until.
CREATE TABLE co_job_lease (
    name         VARCHAR(60) PRIMARY KEY,
    holder       VARCHAR(100),
    lease_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    runs         BIGINT NOT NULL
);
INSERT INTO co_job_lease (name, holder, lease_until, runs) VALUES ('reservation-sweep', NULL, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', 0);
