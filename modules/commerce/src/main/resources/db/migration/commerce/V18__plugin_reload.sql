-- A plugin reload on one node reloads every node: the admin's reload counts the generation up in
-- the same transaction as its audit line, and each node polls this row and reloads its plugin
-- folder when the generation moved past the one it loaded.
CREATE TABLE co_plugin_reload (
    id           INT PRIMARY KEY,
    generation   BIGINT NOT NULL,
    reloaded_at  TIMESTAMP WITH TIME ZONE
);
INSERT INTO co_plugin_reload (id, generation, reloaded_at) VALUES (1, 0, NULL);
