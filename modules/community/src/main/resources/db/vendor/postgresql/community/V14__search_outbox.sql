-- Hibernate Search's outbox-polling coordination (hibernate-search-mapper-orm-outbox-polling 7.2):
-- with hibernate.search.coordination.strategy=outbox-polling, each write records an event here in
-- the same transaction, and every node's agent (registered in HSEARCH_AGENT) picks up the events of
-- its shard and updates the index. Unused (and empty) on a single node. The shape is the one
-- Hibernate generates for this dialect; OutboxPollingCoordinationTest validates it.
CREATE TABLE HSEARCH_AGENT (
    id                 UUID NOT NULL,
    type               VARCHAR(255) NOT NULL CHECK (type IN ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name               VARCHAR(255) NOT NULL,
    expiration         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state              VARCHAR(255) NOT NULL CHECK (state IN ('RUNNING', 'WAITING', 'SUSPENDED')),
    totalShardCount    INTEGER,
    assignedShardIndex INTEGER,
    payload            BYTEA,
    tenantId           VARCHAR(255),
    PRIMARY KEY (id)
);
CREATE TABLE HSEARCH_OUTBOX_EVENT (
    id           UUID NOT NULL,
    entityName   VARCHAR(256) NOT NULL,
    entityId     VARCHAR(256) NOT NULL,
    entityIdHash INTEGER NOT NULL,
    payload      BYTEA NOT NULL,
    retries      INTEGER NOT NULL,
    processAfter TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status       VARCHAR(255) NOT NULL CHECK (status IN ('PENDING', 'ABORTED')),
    tenantId     VARCHAR(255),
    PRIMARY KEY (id)
);
CREATE INDEX hsearch_outbox_event_hash ON HSEARCH_OUTBOX_EVENT (entityIdHash);
CREATE INDEX hsearch_outbox_event_status ON HSEARCH_OUTBOX_EVENT (status);
CREATE INDEX hsearch_outbox_event_after ON HSEARCH_OUTBOX_EVENT (processAfter);
