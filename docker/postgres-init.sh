#!/usr/bin/env bash
# One database per service, each owned by the service's own login (docker-compose.yml mounts this
# into the PostgreSQL image's init folder). A service's login may use only its own database: it is
# no superuser, creates no databases or roles, and no other login may connect to its database.
# Passwords come from the environment: TERRITORY_DB_PASSWORD, FUNDING_DB_PASSWORD, ...
set -euo pipefail
for service in territory funding deployment gateway; do
  variable="${service^^}_DB_PASSWORD"
  password="${!variable:?set $variable}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v service="$service" -v password="$password" <<'SQL'
CREATE ROLE :"service" LOGIN PASSWORD :'password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
CREATE DATABASE :"service" OWNER :"service";
REVOKE ALL ON DATABASE :"service" FROM PUBLIC;
SQL
done
