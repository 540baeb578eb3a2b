// Least privilege in the database (decision 013, docs/deployment.md "Database roles"): the portal's
// instances connect as a role that owns nothing; migrations run as the owner role.
//
//   tsx --conditions=react-server scripts/db-roles.ts create
//       as a superuser (DATABASE_ADMIN_URL): the database and its two roles (deploy/postgres/roles.sql).
//       DATABASE_NAME (iro), DATABASE_OWNER_ROLE (iro_owner), DATABASE_OWNER_PASSWORD,
//       DATABASE_APP_ROLE (iro_app), DATABASE_APP_PASSWORD.
//   tsx --conditions=react-server scripts/db-roles.ts migrate
//       as the owner (DATABASE_URL): pending migrations, the job queue's schema, then the
//       app role's grants (deploy/postgres/grants.sql). The compose file's one-shot `migrate` service.
//   tsx --conditions=react-server scripts/db-roles.ts grant
//       as the owner (DATABASE_URL): the grants only.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import PgBoss from "pg-boss";
import { applyPendingMigrations, describeTarget } from "@/lib/db/migrator";

const DEPLOY_DIR = path.resolve(import.meta.dirname, "../deploy/postgres");

/**
 * Replaces psql's variables in a script: `:"name"` by a quoted identifier and `:'name'` by a quoted
 * literal, so the same files run under psql -v and from here.
 */
export function fillVariables(sql: string, values: Record<string, string>): string {
  return sql.replace(/:(["'])([a-z_]+)\1/g, (_, quote: string, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`the SQL script needs a value for "${name}"`);
    return quote === '"' ? pg.escapeIdentifier(value) : pg.escapeLiteral(value);
  });
}

interface ScriptPart {
  /** The database psql's `\connect` switched to before these statements (undefined: the one connected to). */
  database: string | undefined;
  statements: string[];
}

/**
 * A script's statements in order, grouped by `\connect`. The files keep one statement per line
 * ending in ";" and no dollar quoting, so a line split is enough; each statement runs on its own
 * (CREATE DATABASE refuses to run inside the implicit transaction of a multi-statement query).
 */
export function splitScript(sql: string): ScriptPart[] {
  const parts: ScriptPart[] = [{ database: undefined, statements: [] }];
  let pending = "";
  for (const line of sql.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("--")) continue;
    const connect = /^\\connect\s+"((?:[^"]|"")+)"$/.exec(trimmed);
    if (connect) {
      parts.push({ database: connect[1]!.replaceAll('""', '"'), statements: [] });
      continue;
    }
    pending += (pending ? " " : "") + trimmed;
    if (trimmed.endsWith(";")) {
      parts.at(-1)!.statements.push(pending);
      pending = "";
    }
  }
  if (pending) throw new Error(`the SQL script ends in an unterminated statement: ${pending}`);
  return parts;
}

function urlWithDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${encodeURIComponent(database)}`;
  return next.toString();
}

/** Runs one of deploy/postgres/*.sql with its variables, statement by statement. */
export async function runSqlFile(url: string, fileName: string, values: Record<string, string>): Promise<void> {
  const sql = fillVariables(readFileSync(path.join(DEPLOY_DIR, fileName), "utf8"), values);
  for (const part of splitScript(sql)) {
    const client = new pg.Client({ connectionString: part.database ? urlWithDatabase(url, part.database) : url });
    await client.connect();
    try {
      for (const statement of part.statements) await client.query(statement);
    } finally {
      await client.end();
    }
  }
}

export interface RoleNames {
  database: string;
  ownerRole: string;
  ownerPassword: string;
  appRole: string;
  appPassword: string;
}

/** As a superuser: the database, owned by the owner role, and the app role that owns nothing. */
export async function createDatabaseAndRoles(adminUrl: string, names: RoleNames): Promise<void> {
  await runSqlFile(adminUrl, "roles.sql", {
    database: names.database,
    owner_role: names.ownerRole,
    owner_password: names.ownerPassword,
    app_role: names.appRole,
    app_password: names.appPassword,
  });
}

/** As the owner: the app role's rights on what exists now and on what later migrations create. */
export async function grantAppRole(ownerUrl: string, appRole: string): Promise<void> {
  await runSqlFile(ownerUrl, "grants.sql", { app_role: appRole });
}

/** Tables, sequences, views, functions and schemas the role owns: none for the app role. */
export async function objectsOwnedBy(url: string, role: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = $1)
       UNION ALL SELECT proname FROM pg_proc WHERE proowner = (SELECT oid FROM pg_roles WHERE rolname = $1)
       UNION ALL SELECT nspname FROM pg_namespace WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = $1)`,
      [role],
    );
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

/**
 * Installs or upgrades the job queue's schema (pg-boss, schema "pgboss") as the owner, without
 * starting any worker or schedule. The queues themselves are created by the instances at start, through
 * pg-boss's own create_queue function, which grants.sql lets run with the owner's rights (a queue is
 * a table partition, which only the owner of the job table may attach).
 */
export async function installJobQueue(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: "pgboss", supervise: false, schedule: false, max: 1 });
  let failure: unknown;
  boss.on("error", (error) => (failure ??= error));
  await boss.start();
  await boss.stop({ graceful: false, wait: true });
  if (failure) throw failure;
}

/** The migrate step: as the owner, migrations, then the job queue, then the app role's grants. */
export async function migrateAsOwner(ownerUrl: string, appRole: string, log: (message: string) => void = console.log): Promise<void> {
  const result = await applyPendingMigrations(ownerUrl, { log });
  log(`Database ${describeTarget(ownerUrl)} is up to date (${result.applied.length} migration(s) applied now).`);
  await installJobQueue(ownerUrl);
  log("Job queue installed.");
  await grantAppRole(ownerUrl, appRole);
  const owned = await objectsOwnedBy(ownerUrl, appRole);
  if (owned.length > 0) throw new Error(`the app role ${appRole} owns ${owned.join(", ")}: it must own nothing (reassign them to the owner role)`);
  log(`Role ${appRole} may read and write the portal's rows, and only add to the audit log.`);
}

function required(name: string): string {
  const value = process.env[name]?.trim();
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

async function main(command: string | undefined): Promise<void> {
  const appRole = process.env.DATABASE_APP_ROLE?.trim() || "iro_app";
  if (command === "create") {
    const names: RoleNames = {
      database: process.env.DATABASE_NAME?.trim() || "iro",
      ownerRole: process.env.DATABASE_OWNER_ROLE?.trim() || "iro_owner",
      ownerPassword: required("DATABASE_OWNER_PASSWORD"),
      appRole,
      appPassword: required("DATABASE_APP_PASSWORD"),
    };
    await createDatabaseAndRoles(required("DATABASE_ADMIN_URL"), names);
    console.log(`Created database ${names.database} (owner ${names.ownerRole}) and role ${names.appRole}.`);
  } else if (command === "migrate") {
    await migrateAsOwner(required("DATABASE_URL"), appRole);
  } else if (command === "grant") {
    await grantAppRole(required("DATABASE_URL"), appRole);
    console.log(`Granted role ${appRole} its rights.`);
  } else {
    throw new Error("usage: tsx --conditions=react-server scripts/db-roles.ts create|migrate|grant");
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  main(process.argv[2]).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`\ndb-roles: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
