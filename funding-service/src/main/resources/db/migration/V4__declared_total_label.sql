-- Scheda headline figures: a label names each of a community's printed figures in one scope (a
-- Scheda page may print two), so it joins the natural key. Table figures keep a null label.
ALTER TABLE declared_total ADD COLUMN label varchar(200);

ALTER TABLE declared_total DROP CONSTRAINT declared_total_once;
ALTER TABLE declared_total ADD CONSTRAINT declared_total_once
    UNIQUE NULLS NOT DISTINCT (community_code, scope, funding_line_code, label);
