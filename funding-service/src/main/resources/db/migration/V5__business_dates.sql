-- Business time (issue 13). Each business date is stored as given: the date (null when the writer gave
-- none) and where it comes from (STATED, DOCUMENT_DATE or RECORDING_DATE); a RECORDING_DATE fact is
-- dated, when read or published, by the day its row was first recorded (created_at, in Europe/Rome).
-- Rows recorded before this migration get its time as their recording time.

ALTER TABLE allocation
    ADD COLUMN assigned_on_source  varchar(20)  NOT NULL DEFAULT 'RECORDING_DATE',
    ADD COLUMN created_at          timestamptz  NOT NULL DEFAULT now(),
    -- PROJECT, or LINE_TOTAL: a funding line's total as a summary table prints it (payments not known).
    ADD COLUMN detail              varchar(20)  NOT NULL DEFAULT 'PROJECT',
    -- The shares per municipality the document prints, [{istatCode, amount}]; empty when it prints none.
    ADD COLUMN municipality_shares jsonb        NOT NULL DEFAULT '[]';
UPDATE allocation SET assigned_on_source = 'STATED' WHERE assigned_on IS NOT NULL;
ALTER TABLE allocation
    ADD CONSTRAINT allocation_assigned_on_given CHECK ((assigned_on IS NULL) = (assigned_on_source = 'RECORDING_DATE'));

ALTER TABLE payment
    ADD COLUMN date_source varchar(20) NOT NULL DEFAULT 'RECORDING_DATE',
    ADD COLUMN created_at  timestamptz NOT NULL DEFAULT now();
UPDATE payment SET date_source = 'STATED' WHERE paid_on IS NOT NULL;
ALTER TABLE payment ADD CONSTRAINT payment_date_given CHECK ((paid_on IS NULL) = (date_source = 'RECORDING_DATE'));
-- paidFrom/paidTo read the payment's own date, else (paid_on IS NULL) its recording time: one index for both.
CREATE INDEX payment_by_date ON payment (paid_on, created_at);

ALTER TABLE declared_total
    ADD COLUMN document_date        date,
    ADD COLUMN document_date_source varchar(20) NOT NULL DEFAULT 'RECORDING_DATE',
    ADD COLUMN created_at           timestamptz NOT NULL DEFAULT now(),
    ADD CONSTRAINT declared_total_document_date_given
        CHECK ((document_date IS NULL) = (document_date_source = 'RECORDING_DATE'));
