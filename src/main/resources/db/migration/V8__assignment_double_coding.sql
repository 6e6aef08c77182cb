-- A team's store (issue #13): documents assigned to analysts; a document assigned to two is double-coded:
-- each coder's decisions are kept apart (coder_decision) until both are done, then compared (agree) and
-- settled by an adjudicator, whose final decision is a normal signed change of the figure. Portable SQL.
CREATE TABLE assignment (
    document_id  BIGINT       NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    analyst      VARCHAR(200) NOT NULL,
    assigned_at  TIMESTAMP    NOT NULL,
    assigned_by  VARCHAR(200),
    done_at      TIMESTAMP,
    PRIMARY KEY (document_id, analyst)
);
CREATE INDEX ix_assignment_analyst ON assignment (analyst);

-- One coder's decision on one field of one figure (the fields of figure_change, STATUS included).
CREATE TABLE coder_decision (
    figure_id    BIGINT        NOT NULL REFERENCES figure (id) ON DELETE CASCADE,
    analyst      VARCHAR(200)  NOT NULL,
    document_id  BIGINT        NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    field_name   VARCHAR(32)   NOT NULL,
    new_value    VARCHAR(4000),
    decided_at   TIMESTAMP     NOT NULL,
    PRIMARY KEY (figure_id, analyst, field_name)
);
CREATE INDEX ix_coder_decision_document ON coder_decision (document_id, analyst);

-- The adjudicator's final decision on a figure the coders disagreed on, and the change set that wrote it.
CREATE TABLE adjudication (
    figure_id     BIGINT       NOT NULL PRIMARY KEY REFERENCES figure (id) ON DELETE CASCADE,
    document_id   BIGINT       NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    chosen        VARCHAR(200) NOT NULL,
    adjudicator   VARCHAR(200) NOT NULL,
    change_set_id BIGINT       REFERENCES change_set (id) ON DELETE SET NULL,
    decided_at    TIMESTAMP    NOT NULL
);
