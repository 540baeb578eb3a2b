import { describe, expect, inject, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { checkHealth } from "@/lib/db/health";
import { readMigrations } from "@/lib/db/migrator";

describe("GET /api/health", () => {
  it("answers 200 for a reachable, fully migrated database", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", database: { reachable: true }, migrations: { pending: [] } });
    expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("names the pending migrations of a database that is behind", async () => {
    // The maintenance database has never been migrated.
    const report = await checkHealth(inject("adminDatabaseUrl"));
    expect(report.status).toBe("unavailable");
    expect(report.migrations.pending).toEqual((await readMigrations()).map((m) => m.name));
  });

  it("reports an unreachable database without details", async () => {
    const report = await checkHealth("postgres://nobody:secret@127.0.0.1:1/none");
    expect(report).toEqual({ status: "unavailable", database: { reachable: false, latencyMs: null }, migrations: { pending: null } });
  });
});
