# syntax=docker/dockerfile:1
# One image for every instance of the portal, and for its one-shot migrate step (compose.yaml,
# docs/deployment.md). Build once, run it as many times as needed: every instance then serves the
# same build (same asset names, same server action ids).
#   docker build -t iro-portal .
# Node.js 22 (an LTS line the portal supports, see package.json "engines"); Debian 12 slim underneath.
ARG NODE_IMAGE=node:22-bookworm-slim

# ── deps: every npm package from the lock file (the build needs the dev ones too) ────────────────
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# What `npm install` reads: the manifests, and what its postinstall (`prisma generate`) needs.
COPY package.json package-lock.json .npmrc ./
COPY prisma.config.ts ./
COPY prisma/schema.prisma ./prisma/schema.prisma
COPY scripts/prisma-generate.mjs ./scripts/prisma-generate.mjs
# `npm install` rather than `npm ci`: it installs the locked versions too, and the lock file is written
# without other platforms' optional packages, which `npm ci` rejects (scripts/ensure-deps.mjs).
RUN npm install --no-audit --no-fund

# ── build: `next build`, then only the production packages kept ───────────────────────────────────
FROM deps AS build
COPY . .
# A fixed key makes server actions' encrypted arguments readable by every instance even across
# builds; without it each build draws its own (the instances of one image share it either way).
ARG NEXT_SERVER_ACTIONS_ENCRYPTION_KEY
RUN npm run build \
 && rm -rf .next/cache \
 && npm prune --omit=dev --no-audit --no-fund

# ── runtime: the build's output, run by an unprivileged user ──────────────────────────────────────
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    DATA_DIR=/data
# The application's files belong to root and are read-only to the user that runs it; only Next.js's
# cache and DATA_DIR (the development outbox, local uploads when STORAGE_DRIVER=local) are writable.
# pg_dump and pg_restore for `npm run backup` / `npm run restore` (compose.yaml's `tools` service), of
# the PostgreSQL version compose.yaml runs (15): they must be at least as new as the server.
RUN apt-get update \
 && apt-get install -y --no-install-recommends postgresql-client-15 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
RUN mkdir -p /app/.next/cache /data \
 && chown -R node:node /app/.next/cache /data
USER node
EXPOSE 3000
VOLUME ["/data"]
# Readiness (lib/db/readiness.ts): database reachable, migrations applied, not stopping.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The production server directly (as `npm start` ends up doing, scripts/launch.ts): migrations are
# the migrate step's (compose.yaml), and node as the main process gets SIGTERM itself, finishing the
# requests in flight before it exits (SHUTDOWN_TIMEOUT_MS). WEB_CONCURRENCY processes per container.
CMD ["node", "scripts/server.mjs"]
