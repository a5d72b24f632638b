-- Nguồn schema, version 19: a province's own (stricter) targets for its units, as the file it uploaded
-- (the format of the shipped targets files; checked when uploaded, read with every dashboard of the province).

CREATE TABLE dashboard_target_file (
    owner_unit  VARCHAR(16)  PRIMARY KEY REFERENCES org_unit (code),
    file_name   VARCHAR(200) NOT NULL,
    content     TEXT         NOT NULL,
    uploaded_by VARCHAR(100) NOT NULL,
    uploaded_at TIMESTAMPTZ  NOT NULL
);
