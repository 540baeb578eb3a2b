-- The portal's database and its two roles: run once, by a superuser (or a role with CREATEROLE and
-- CREATEDB), before the first migration. The postgres container runs it on its first start
-- (deploy/postgres/init-roles.sh); elsewhere:
--   psql "postgres://postgres@db-host/postgres" -v ON_ERROR_STOP=1 -v database=iro \
--     -v owner_role=iro_owner -v owner_password='…' -v app_role=iro_app -v app_password='…' \
--     -f deploy/postgres/roles.sql
-- or `npx tsx scripts/db-roles.ts create` (see docs/deployment.md).
-- One statement per line ending in ";" (scripts/db-roles.ts runs them one by one).
--
-- owner_role owns the database and every object the migrations create; only the one-shot migrate step
--   connects as it. Owning the database gives it CREATE on the database, which is all that creating a
--   *trusted* extension takes: pg_trgm is trusted (PostgreSQL 13 and later), so the first migration's
--   `CREATE EXTENSION pg_trgm` works without a superuser. A role that may only create tables in a
--   schema cannot create it: then a superuser runs `CREATE EXTENSION pg_trgm;` in the database once,
--   before the first migration (Debian: the extension ships in postgresql-15 itself; elsewhere it may
--   be a separate "contrib" package).
-- app_role is what the portal's instances connect as. It owns nothing: its rights are the grants in
--   deploy/postgres/grants.sql, which the migrate step applies after every migration run.

CREATE ROLE :"owner_role" LOGIN PASSWORD :'owner_password';
CREATE ROLE :"app_role" LOGIN PASSWORD :'app_password';
CREATE DATABASE :"database" OWNER :"owner_role";
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"database" TO :"app_role";

\connect :"database"
-- PostgreSQL 15 and later give schema public to the database's owner already; older ones to the superuser.
ALTER SCHEMA public OWNER TO :"owner_role";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app_role";
