CREATE TABLE community (
    code       varchar(100) PRIMARY KEY,
    name       varchar(200) NOT NULL,
    kind       varchar(30)  NOT NULL,
    version    bigint       NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now(),
    updated_at timestamptz  NOT NULL DEFAULT now()
);
