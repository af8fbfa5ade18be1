-- A merchant's choice per plugin for their shop. No row means enabled: a new plugin an admin
-- installs is available to every shop until its merchant opts out.
CREATE TABLE co_shop_plugin (
    shop_id   BIGINT      NOT NULL REFERENCES co_shop (id),
    plugin_id VARCHAR(64) NOT NULL,
    enabled   BOOLEAN     NOT NULL,
    PRIMARY KEY (shop_id, plugin_id)
);
