-- A file's path has no length limit (deep folders, long Chinese names on Windows with long paths):
-- VARCHAR without a length is unlimited in PostgreSQL and H2's largest (10^9 characters). Portable SQL.
ALTER TABLE document ALTER COLUMN source_path SET DATA TYPE VARCHAR;
