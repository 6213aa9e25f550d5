-- A large ERP import runs in the background; its progress counts are updated after every chunk.
CREATE TABLE import_job (
    id          uuid        PRIMARY KEY,
    kind        varchar(30) NOT NULL,
    state       varchar(20) NOT NULL,
    total       integer     NOT NULL,
    processed   integer     NOT NULL DEFAULT 0,
    succeeded   integer     NOT NULL DEFAULT 0,
    failed      integer     NOT NULL DEFAULT 0,
    failures    jsonb       NOT NULL DEFAULT '[]',
    error       varchar(2000),
    created_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
);
