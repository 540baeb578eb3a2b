-- The app role's rights. Run by the owner role (the one that ran the migrations) after every migration
-- run; idempotent. The migrate step (`tsx scripts/db-roles.ts migrate`) does it; by hand:
--   psql "$OWNER_DATABASE_URL" -v ON_ERROR_STOP=1 -v app_role=iro_app -f deploy/postgres/grants.sql
-- Needs the job queue's schema (pgboss), which the migrate step installs first.
-- One statement per line ending in ";" (scripts/db-roles.ts runs them one by one).

-- Ordinary tables: read and write rows; never create, alter, drop or truncate anything.
GRANT USAGE ON SCHEMA public TO :"app_role";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app_role";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app_role";
-- Tables and sequences of later migrations get the same rights as soon as the owner creates them.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app_role";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO :"app_role";

-- The audit log is write-once: the app adds and reads entries, nothing else. Its trigger already
-- refuses UPDATE and DELETE; TRUNCATE skips row triggers, and disabling or dropping the trigger needs
-- the table's owner, so without these rights no statement of the app's can change past entries.
REVOKE ALL ON "AuditLog" FROM :"app_role";
GRANT SELECT, INSERT ON "AuditLog" TO :"app_role";

-- Migrations are the owner's: the app only reads which ones were applied (start-up and readiness).
REVOKE ALL ON "_prisma_migrations" FROM :"app_role";
GRANT SELECT ON "_prisma_migrations" TO :"app_role";

-- The job queue (pg-boss): the owner installs its schema; the app moves jobs through its tables.
GRANT USAGE ON SCHEMA pgboss TO :"app_role";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO :"app_role";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA pgboss TO :"app_role";
ALTER DEFAULT PRIVILEGES IN SCHEMA pgboss GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app_role";
-- An instance creates its queues at start (a queue is a table partition of pgboss.job, which only its
-- owner may attach): pg-boss's own create_queue runs with the owner's rights, for the app role alone.
-- It only ever adds a queue's partition, with names it derives itself. Set again after every run, as
-- a pg-boss upgrade may replace the function.
ALTER FUNCTION pgboss.create_queue(text, json) SECURITY DEFINER SET search_path = pg_catalog, pgboss, pg_temp;
REVOKE ALL ON FUNCTION pgboss.create_queue(text, json) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pgboss.create_queue(text, json) TO :"app_role";
