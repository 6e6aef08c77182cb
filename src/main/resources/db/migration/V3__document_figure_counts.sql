-- Figure counts kept on the document row, refreshed in the same transaction as every figure change:
-- counting them per list refresh meant scanning every figure (seconds with thousands of reports).
ALTER TABLE document ADD COLUMN figure_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE document ADD COLUMN reviewed_count INTEGER DEFAULT 0 NOT NULL;
UPDATE document SET
    figure_count = (SELECT COUNT(*) FROM figure f WHERE f.document_id = document.id AND f.removed = FALSE),
    reviewed_count = (SELECT COUNT(*) FROM figure f WHERE f.document_id = document.id AND f.removed = FALSE
                          AND (f.review_status <> 'PROPOSED' OR f.origin = 'ANALYST'));
