-- Nguồn schema, version 3: reporting periods, reports, submissions, document numbers, audit.

CREATE SEQUENCE reporting_period_seq;
CREATE TABLE reporting_period (
    id               BIGINT       PRIMARY KEY,
    name             VARCHAR(300) NOT NULL,
    template_code    VARCHAR(40)  NOT NULL,
    template_version INT          NOT NULL,
    cutoff_date      DATE         NOT NULL,
    due_commune      DATE         NOT NULL,
    due_province     DATE         NOT NULL,
    due_ministry     DATE         NOT NULL,
    status           VARCHAR(10)  NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    opened_by        VARCHAR(100) NOT NULL,
    opened_at        TIMESTAMPTZ  NOT NULL,
    closed_at        TIMESTAMPTZ,
    version          BIGINT       NOT NULL,
    CHECK (cutoff_date <= due_commune AND due_commune <= due_province AND due_province <= due_ministry)
);

CREATE SEQUENCE report_seq INCREMENT BY 50;
CREATE TABLE report (
    id              BIGINT       PRIMARY KEY,
    period_id       BIGINT       NOT NULL REFERENCES reporting_period (id),
    unit_code       VARCHAR(16)  NOT NULL REFERENCES org_unit (code),
    status          VARCHAR(12)  NOT NULL CHECK (status IN ('DRAFT', 'SIGNED', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    revision        INT          NOT NULL CHECK (revision >= 1),
    document_number VARCHAR(40),
    signed_by       VARCHAR(100),
    signed_at       TIMESTAMPTZ,
    submitted_at    TIMESTAMPTZ,
    return_reason   TEXT,
    updated_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL,
    UNIQUE (period_id, unit_code)
);
CREATE INDEX report_period_status_idx ON report (period_id, status);

CREATE TABLE report_value (
    report_id BIGINT       NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    field_key VARCHAR(120) NOT NULL,
    value     TEXT         NOT NULL,
    PRIMARY KEY (report_id, field_key)
);

CREATE SEQUENCE report_submission_seq INCREMENT BY 50;
CREATE TABLE report_submission (
    id              BIGINT       PRIMARY KEY,
    report_id       BIGINT       NOT NULL REFERENCES report (id),
    revision        INT          NOT NULL,
    document_number VARCHAR(40)  NOT NULL,
    submitted_by    VARCHAR(100) NOT NULL,
    submitted_at    TIMESTAMPTZ  NOT NULL,
    UNIQUE (report_id, revision)
);
CREATE TABLE report_submission_value (
    submission_id BIGINT       NOT NULL REFERENCES report_submission (id),
    field_key     VARCHAR(120) NOT NULL,
    value         TEXT         NOT NULL,
    PRIMARY KEY (submission_id, field_key)
);

-- Document numbers, per issuing unit and year, gap-free: a number is taken by an UPDATE of the
-- unit's row inside the signing transaction, so a rolled-back signature gives its number back.
CREATE TABLE document_number (
    unit_code   VARCHAR(16) NOT NULL REFERENCES org_unit (code),
    year        INT         NOT NULL,
    last_number INT         NOT NULL CHECK (last_number >= 1),
    PRIMARY KEY (unit_code, year)
);

CREATE SEQUENCE audit_event_seq INCREMENT BY 50;
CREATE TABLE audit_event (
    id           BIGINT       PRIMARY KEY,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    actor_roles  VARCHAR(300) NOT NULL,
    actor_unit   VARCHAR(16)  NOT NULL,
    subject_type VARCHAR(40)  NOT NULL,
    subject_id   VARCHAR(60)  NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    from_state   VARCHAR(20),
    to_state     VARCHAR(20),
    comment      TEXT
);
CREATE INDEX audit_event_subject_idx ON audit_event (subject_type, subject_id, occurred_at);

-- Audit rows and submissions are append-only.
CREATE FUNCTION nguon_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END $$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION nguon_refuse_change();
CREATE TRIGGER report_submission_append_only BEFORE UPDATE OR DELETE ON report_submission
    FOR EACH ROW EXECUTE FUNCTION nguon_refuse_change();
CREATE TRIGGER report_submission_value_append_only BEFORE UPDATE OR DELETE ON report_submission_value
    FOR EACH ROW EXECUTE FUNCTION nguon_refuse_change();
