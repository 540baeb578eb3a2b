#!/bin/sh
# compose.yaml's one-shot `minio-setup` service (image minio/mc): the portal's bucket, private, and an
# access key that may only read, write, list and delete objects in that bucket (deploy/minio/portal-policy.json).
# Idempotent: every `docker compose up` runs it again.
set -eu
mc alias set store http://minio:9000 "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD" >/dev/null
mc mb --ignore-existing "store/$S3_BUCKET"
mc anonymous set none "store/$S3_BUCKET"
sed "s/BUCKET/$S3_BUCKET/g" /setup/portal-policy.json > /tmp/portal-policy.json
mc admin policy create store iro-portal /tmp/portal-policy.json
mc admin user add store "$S3_ACCESS_KEY_ID" "$S3_SECRET_ACCESS_KEY"
mc admin policy attach store iro-portal --user "$S3_ACCESS_KEY_ID" || true  # already attached on a later run
echo "Bucket $S3_BUCKET ready for access key $S3_ACCESS_KEY_ID."
