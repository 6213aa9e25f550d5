-- The ERP's reconciliation report lists allocations by external-id prefix (issue 17).
CREATE INDEX allocation_by_external_id_prefix ON allocation (external_id text_pattern_ops);

-- The CUP (Codice Unico di Progetto) of an allocation's project (issue 17). An allocation is one
-- community's project, so a CUP names at most one allocation: the unique index is the guard against two
-- writers racing past the service's check.
ALTER TABLE allocation ADD COLUMN cup varchar(15);
CREATE UNIQUE INDEX allocation_cup ON allocation (cup) WHERE cup IS NOT NULL;

-- Its commitment (impegno): the act committing the money, its date and the amount committed, never above
-- the amount assigned (the service refuses it with 422; the check is the last guard).
ALTER TABLE allocation
    ADD COLUMN commitment_act    varchar(500),
    ADD COLUMN commitment_date   date,
    ADD COLUMN amount_committed  numeric(15, 2),
    ADD CONSTRAINT allocation_commitment_whole CHECK ((commitment_act IS NULL) = (amount_committed IS NULL)),
    ADD CONSTRAINT allocation_committed_within_assigned CHECK (amount_committed <= amount_assigned);
