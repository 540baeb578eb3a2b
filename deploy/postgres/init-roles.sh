#!/bin/sh
# Run by the postgres image on its first start (mounted into /docker-entrypoint-initdb.d): the
# portal's database, owned by the owner role that runs the migrations, and the app role the instances
# connect as (deploy/postgres/roles.sql; docs/deployment.md "Database roles").
set -eu
psql --username "$POSTGRES_USER" --dbname postgres -v ON_ERROR_STOP=1 \
  -v database="${IRO_DATABASE:-iro}" \
  -v owner_role="${IRO_OWNER_ROLE:-iro_owner}" -v owner_password="$IRO_OWNER_PASSWORD" \
  -v app_role="${IRO_APP_ROLE:-iro_app}" -v app_password="$IRO_APP_PASSWORD" \
  -f /etc/iro/roles.sql
