import { randomBytes } from "node:crypto";
import PgBoss from "pg-boss";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyPendingMigrations } from "@/lib/db/migrator";
import { createDatabaseAndRoles, migrateAsOwner, objectsOwnedBy, type RoleNames } from "@/scripts/db-roles";

/**
 * Least privilege (issue 14, decision 013): the database and its roles made by deploy/postgres/roles.sql,
 * migrated by the owner role (which creates pg_trgm itself, being the database's owner), the app role
 * granted by deploy/postgres/grants.sql. As the app role, no statement changes the audit log; rows of
 * every other table are read and written as the portal needs; the job queue runs.
 */

const adminUrl = inject("adminDatabaseUrl");
const suffix = randomBytes(4).toString("hex");
const names: RoleNames = {
  database: `iro_roles_${suffix}`,
  ownerRole: `iro_owner_${suffix}`,
  ownerPassword: randomBytes(12).toString("hex"),
  appRole: `iro_app_${suffix}`,
  appPassword: randomBytes(12).toString("hex"),
};
const tablesOnlyRole = `iro_tables_${suffix}`;
const bareDatabase = `iro_bare_${suffix}`;

function urlFor(role: string, password: string, database: string): string {
  const url = new URL(adminUrl);
  url.username = role;
  url.password = password;
  url.pathname = `/${database}`;
  return url.toString();
}
const ownerUrl = urlFor(names.ownerRole, names.ownerPassword, names.database);
const appUrl = urlFor(names.appRole, names.appPassword, names.database);

let app: pg.Client;
let owner: pg.Client;

async function asAdmin(statements: string[], database = "postgres"): Promise<void> {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await createDatabaseAndRoles(adminUrl, names);
  await migrateAsOwner(ownerUrl, names.appRole, () => {});
  owner = new pg.Client({ connectionString: ownerUrl });
  app = new pg.Client({ connectionString: appUrl });
  await Promise.all([owner.connect(), app.connect()]);
}, 120_000);

afterAll(async () => {
  await Promise.all([app?.end(), owner?.end()]);
  await asAdmin([
    `DROP DATABASE IF EXISTS ${names.database} WITH (FORCE)`,
    `DROP DATABASE IF EXISTS ${bareDatabase} WITH (FORCE)`,
    `DROP ROLE IF EXISTS ${names.appRole}`,
    `DROP ROLE IF EXISTS ${names.ownerRole}`,
    `DROP ROLE IF EXISTS ${tablesOnlyRole}`,
  ]);
});

/** A user with an audit entry of their own, written by the app role as the portal would. */
async function userWithAuditEntry(): Promise<string> {
  const { rows } = await app.query<{ id: string }>(`INSERT INTO "User" (email, name, "updatedAt") VALUES ($1, 'Audited', now()) RETURNING id`, [
    `audited-${randomBytes(4).toString("hex")}@example.edu`,
  ]);
  const id = rows[0]!.id;
  await app.query(`INSERT INTO "AuditLog" ("actorId", action, "entityType", "entityId") VALUES ($1, 'user.create', 'User', $2)`, [id, id]);
  return id;
}

describe("the app role and the audit log", () => {
  it("adds and reads audit entries", async () => {
    const id = await userWithAuditEntry();
    const { rows } = await app.query(`SELECT action FROM "AuditLog" WHERE "entityId" = $1`, [id]);
    expect(rows).toEqual([{ action: "user.create" }]);
  });

  it.each([
    ["UPDATE", `UPDATE "AuditLog" SET action = 'forged'`, /permission denied/],
    ["DELETE", `DELETE FROM "AuditLog"`, /permission denied/],
    ["TRUNCATE", `TRUNCATE "AuditLog"`, /permission denied/],
    ["TRUNCATE through a cascade", `TRUNCATE "User" CASCADE`, /permission denied/],
    ["disabling its trigger", `ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_write_once"`, /must be owner/],
    ["disabling every trigger", `ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`, /must be owner/],
    ["dropping its trigger", `DROP TRIGGER "AuditLog_write_once" ON "AuditLog"`, /must be owner/],
    ["replacing the trigger's function", `CREATE OR REPLACE FUNCTION audit_log_is_write_once() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`, /permission denied|must be owner/],
    ["skipping triggers for the session", `SET session_replication_role = replica`, /permission denied/],
    ["dropping the table", `DROP TABLE "AuditLog"`, /must be owner/],
    ["renaming the table", `ALTER TABLE "AuditLog" RENAME TO "OldAuditLog"`, /must be owner/],
    ["creating a table", `CREATE TABLE "Shadow" (id int)`, /permission denied/],
  ])("cannot change it by %s", async (_, statement, refusal) => {
    await userWithAuditEntry();
    const before = await owner.query(`SELECT count(*)::int AS n, md5(string_agg("AuditLog"::text, ',' ORDER BY id)) AS digest FROM "AuditLog"`);
    await expect(app.query(statement)).rejects.toThrow(refusal);
    const after = await owner.query(`SELECT count(*)::int AS n, md5(string_agg("AuditLog"::text, ',' ORDER BY id)) AS digest FROM "AuditLog"`);
    expect(after.rows).toEqual(before.rows);
  });

  it("cannot change it through a user's id either (the cascade meets the write-once trigger)", async () => {
    const id = await userWithAuditEntry();
    await expect(app.query(`UPDATE "User" SET id = gen_random_uuid() WHERE id = $1`, [id])).rejects.toThrow(/audit log cannot be changed/);
  });
});

describe("the app role elsewhere", () => {
  it("reads and writes the rows of the other tables", async () => {
    const code = `R${suffix}`.toUpperCase();
    const { rows } = await app.query<{ id: string }>(`INSERT INTO "Unit" (code, name) VALUES ($1, 'Roles faculty') RETURNING id`, [code]);
    await app.query(`UPDATE "Unit" SET name = 'Renamed faculty' WHERE id = $1`, [rows[0]!.id]);
    expect((await app.query(`SELECT name FROM "Unit" WHERE id = $1`, [rows[0]!.id])).rows).toEqual([{ name: "Renamed faculty" }]);
    await app.query(`DELETE FROM "Unit" WHERE id = $1`, [rows[0]!.id]);
    expect((await app.query(`SELECT 1 FROM "Unit" WHERE id = $1`, [rows[0]!.id])).rowCount).toBe(0);
  });

  it("owns nothing, and cannot alter or empty any table", async () => {
    expect(await objectsOwnedBy(ownerUrl, names.appRole)).toEqual([]);
    await expect(app.query(`TRUNCATE "Unit"`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`ALTER TABLE "Unit" ADD COLUMN x int`)).rejects.toThrow(/must be owner/);
  });

  it("gets the same rights on a table a later migration creates (default privileges)", async () => {
    await owner.query(`CREATE TABLE "LaterTable" (id bigserial PRIMARY KEY, note text)`);
    await app.query(`INSERT INTO "LaterTable" (note) VALUES ('new')`);
    expect((await app.query(`SELECT note FROM "LaterTable"`)).rows).toEqual([{ note: "new" }]);
    await expect(app.query(`TRUNCATE "LaterTable"`)).rejects.toThrow(/permission denied/);
  });

  it("reads which migrations are applied but cannot record one", async () => {
    expect((await app.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`)).rows[0].n).toBeGreaterThan(0);
    await expect(app.query(`DELETE FROM "_prisma_migrations"`)).rejects.toThrow(/permission denied/);
  });

  it("starts the portal's way: nothing to migrate, so no schema change is attempted", async () => {
    await expect(applyPendingMigrations(appUrl)).resolves.toMatchObject({ applied: [] });
  });

  it("runs the job queue: creates its queues at start and works their jobs", async () => {
    const boss = new PgBoss({ connectionString: appUrl, schema: "pgboss", max: 2, supervise: false, schedule: false });
    await boss.start();
    try {
      const queue = `roles-check-${suffix}`;
      await boss.createQueue(queue, { name: queue, policy: "stately", retryLimit: 1 });
      const done = new Promise<unknown>((resolve) => void boss.work(queue, { pollingIntervalSeconds: 0.5 }, async ([job]) => resolve(job?.data)));
      await boss.send(queue, { hello: "queue" });
      await expect(done).resolves.toEqual({ hello: "queue" });
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    expect(await objectsOwnedBy(ownerUrl, names.appRole)).toEqual([]);
  });
});

describe("the owner role and pg_trgm", () => {
  it("created pg_trgm without being a superuser, as the database's owner (pg_trgm is a trusted extension)", async () => {
    const { rows } = await owner.query(
      `SELECT rolsuper, (SELECT count(*)::int FROM pg_extension WHERE extname = 'pg_trgm') AS trgm FROM pg_roles WHERE rolname = current_user`,
    );
    expect(rows).toEqual([{ rolsuper: false, trgm: 1 }]);
  });

  it("a role that may only create tables cannot create it", async () => {
    const password = randomBytes(12).toString("hex");
    await asAdmin([`CREATE ROLE ${tablesOnlyRole} LOGIN PASSWORD '${password}'`, `CREATE DATABASE ${bareDatabase}`]);
    await asAdmin([`GRANT CREATE, USAGE ON SCHEMA public TO ${tablesOnlyRole}`], bareDatabase);
    const client = new pg.Client({ connectionString: urlFor(tablesOnlyRole, password, bareDatabase) });
    await client.connect();
    try {
      await client.query(`CREATE TABLE may_create_tables (id int)`);
      await expect(client.query(`CREATE EXTENSION pg_trgm`)).rejects.toThrow(/permission denied to create extension/);
    } finally {
      await client.end();
    }
  });
});
