-- Business time (issue 13). A rollout fact's state holds from a business date: `since` as its writer gave it
-- and where it comes from (STATED, DOCUMENT_DATE); no date (RECORDING_DATE) reads as the day the fact was
-- first recorded (created_at). Facts written before this had no date.
ALTER TABLE broadband         ADD COLUMN since date, ADD COLUMN since_source varchar(20) NOT NULL DEFAULT 'RECORDING_DATE';
ALTER TABLE nal_node          ADD COLUMN since date, ADD COLUMN since_source varchar(20) NOT NULL DEFAULT 'RECORDING_DATE';
ALTER TABLE interpro_status   ADD COLUMN since date, ADD COLUMN since_source varchar(20) NOT NULL DEFAULT 'RECORDING_DATE';
ALTER TABLE telecentre        ADD COLUMN since date, ADD COLUMN since_source varchar(20) NOT NULL DEFAULT 'RECORDING_DATE';
ALTER TABLE voip_installation ADD COLUMN since date, ADD COLUMN since_source varchar(20) NOT NULL DEFAULT 'RECORDING_DATE';
ALTER TABLE fore_gov_adhesion ADD COLUMN since date, ADD COLUMN since_source varchar(20) NOT NULL DEFAULT 'RECORDING_DATE';
ALTER TABLE justice_office    ADD COLUMN since date, ADD COLUMN since_source varchar(20) NOT NULL DEFAULT 'RECORDING_DATE';

-- A date is stored exactly when it was given.
ALTER TABLE broadband         ADD CONSTRAINT broadband_since CHECK ((since IS NULL) = (since_source = 'RECORDING_DATE'));
ALTER TABLE nal_node          ADD CONSTRAINT nal_node_since CHECK ((since IS NULL) = (since_source = 'RECORDING_DATE'));
ALTER TABLE interpro_status   ADD CONSTRAINT interpro_status_since CHECK ((since IS NULL) = (since_source = 'RECORDING_DATE'));
ALTER TABLE telecentre        ADD CONSTRAINT telecentre_since CHECK ((since IS NULL) = (since_source = 'RECORDING_DATE'));
ALTER TABLE voip_installation ADD CONSTRAINT voip_installation_since CHECK ((since IS NULL) = (since_source = 'RECORDING_DATE'));
ALTER TABLE fore_gov_adhesion ADD CONSTRAINT fore_gov_adhesion_since CHECK ((since IS NULL) = (since_source = 'RECORDING_DATE'));
ALTER TABLE justice_office    ADD CONSTRAINT justice_office_since CHECK ((since IS NULL) = (since_source = 'RECORDING_DATE'));

-- Where a PAAS status date comes from. Dates stored before this were sent (the reference data sends the
-- report period's end) or defaulted to their recording day; which of the two cannot be told now: STATED.
ALTER TABLE paas_point         ADD COLUMN status_since_source varchar(20) NOT NULL DEFAULT 'STATED';
ALTER TABLE paas_status_change ADD COLUMN since_source varchar(20) NOT NULL DEFAULT 'STATED';

-- Each broadband version's business date, so `asOf` reads by it: the date resolved when it was written (a
-- deletion has none: it withdraws the record at every date). Versions written before this had no date of
-- their own, so they hold from the day their record was first recorded: the first version since the last
-- deletion before them.
ALTER TABLE broadband_history ADD COLUMN since date;
UPDATE broadband_history h
SET since  = first.recorded_on,
    state  = (h.state::jsonb || jsonb_build_object('since', first.recorded_on, 'sinceSource', 'RECORDING_DATE'))::text
FROM (SELECT seq, (min(recorded_at) OVER (PARTITION BY istat_code, generation) AT TIME ZONE 'Europe/Rome')::date AS recorded_on
      FROM (SELECT seq, istat_code, recorded_at,
                   count(*) FILTER (WHERE deleted) OVER (PARTITION BY istat_code ORDER BY seq
                                                         ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS generation
            FROM broadband_history) versions) first
WHERE h.seq = first.seq;
UPDATE broadband_history SET since = NULL WHERE deleted;
CREATE INDEX broadband_history_by_since ON broadband_history (istat_code, since);
