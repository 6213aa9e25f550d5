-- Declared totals of event version 2 carry a label (e.g. a Scheda headline's title); v1 ones have none.
ALTER TABLE declared_total ADD COLUMN label varchar(200);
