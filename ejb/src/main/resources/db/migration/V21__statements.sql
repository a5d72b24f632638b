-- Nguồn schema, version 21: signed documents that are not a report's — a unit's statement of how far it is from the
-- plans' targets (Báo cáo tình hình thực hiện mục tiêu), issued from its dashboard: no report, a title instead.
-- And the reports of given communes by index (the dashboards read a province's communes' reports).
ALTER TABLE signed_document ALTER COLUMN report_id DROP NOT NULL;
ALTER TABLE signed_document ADD COLUMN title VARCHAR(300);
ALTER TABLE signed_document ADD CONSTRAINT signed_document_of_something CHECK (report_id IS NOT NULL OR title IS NOT NULL);
CREATE INDEX signed_document_statement_idx ON signed_document (unit_code, signed_at DESC) WHERE report_id IS NULL;
CREATE INDEX report_unit_idx ON report (unit_code);
