-- Nguồn schema, version 4: signed official documents, stored once and served as stored.

CREATE SEQUENCE signed_document_seq;
CREATE TABLE signed_document (
    id              BIGINT       PRIMARY KEY,
    report_id       BIGINT       NOT NULL REFERENCES report (id),
    revision        INT          NOT NULL,
    unit_code       VARCHAR(16)  NOT NULL REFERENCES org_unit (code),
    document_number VARCHAR(40)  NOT NULL,
    signer          VARCHAR(100) NOT NULL,
    signer_name     VARCHAR(200) NOT NULL,
    signed_at       TIMESTAMPTZ  NOT NULL,
    sha256          CHAR(64)     NOT NULL UNIQUE,
    pdf             BYTEA        NOT NULL,
    xlsx            BYTEA,
    UNIQUE (report_id, revision)
);
CREATE INDEX signed_document_report_idx ON signed_document (report_id);

-- the signed bytes never change: no UPDATE, no DELETE
CREATE TRIGGER signed_document_append_only BEFORE UPDATE OR DELETE ON signed_document
    FOR EACH ROW EXECUTE FUNCTION nguon_refuse_change();
