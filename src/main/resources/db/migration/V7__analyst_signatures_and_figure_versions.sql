-- A team's store (issue #13): every change set signed by its analyst; every figure carries a version
-- that each write increments, so that a save based on an older reading is refused (optimistic locking),
-- and who changed it last. Change sets of earlier versions have no analyst (NULL). Portable SQL: H2 and PostgreSQL.
ALTER TABLE change_set ADD COLUMN analyst VARCHAR(200);
ALTER TABLE figure ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE figure ADD COLUMN updated_by VARCHAR(200);
CREATE INDEX ix_change_set_analyst ON change_set (analyst, id);
