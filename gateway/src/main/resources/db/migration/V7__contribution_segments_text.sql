-- (V7, not V6: branch feed adds V6__change_log.sql.)
-- Segments are written whole and read whole by the gateway, never queried inside by SQL: as text they skip
-- jsonb's parse and binary form on every upsert. Measured on 20,000 stored contributions: an upsert of them
-- took 4.7 s as jsonb and 1.5 s as text; the contribution upsert was the projection's costliest statement.
ALTER TABLE contribution ALTER COLUMN segments TYPE text USING segments::text;
