-- The CUP (Codice Unico di Progetto) of an allocation's project (issue 17). An allocation is one
-- community's project, so a CUP names at most one allocation: the unique index is the guard against two
-- writers racing past the service's check.
ALTER TABLE allocation ADD COLUMN cup varchar(15);
CREATE UNIQUE INDEX allocation_cup ON allocation (cup) WHERE cup IS NOT NULL;
