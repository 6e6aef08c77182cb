-- Analysts' own notes on a document, and an index for the attainment view (region x year).
ALTER TABLE document ADD COLUMN analyst_note VARCHAR(4000);
CREATE INDEX ix_document_region_year ON document (region, report_year);
