import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { CENTERS } from "@/prisma/seed-data/centers";
import { PARTNERS } from "@/prisma/seed-data/partners";
import { PROJECTS } from "@/prisma/seed-data/projects";
import { seedDemo, seedDemoIfEmpty } from "@/prisma/seed/seed-demo";

async function countRows(): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table_name}"`);
    counts[table_name] = row!.n;
  }
  return counts;
}

describe("demo seed", () => {
  it("seeds an empty database with the office's real partners, centers and projects", { timeout: 120_000 }, async () => {
    expect(await seedDemoIfEmpty()).toBe("seeded");
    expect(await db.partner.count()).toBe(PARTNERS.length);
    expect(await db.center.count()).toBe(CENTERS.length);
    expect(await db.project.count()).toBe(PROJECTS.length);
    expect(await db.user.findMany({ where: { email: { in: ["admin@khazar.org", "officer@khazar.org", "coordinator@khazar.org", "student@khazar.org"] } }, select: { role: true }, orderBy: { role: "asc" } }))
      .toEqual([{ role: "ADMIN" }, { role: "OFFICER" }, { role: "COORDINATOR" }, { role: "STUDENT" }]);
    const ucla = await db.partner.findFirstOrThrow({ where: { name: "University of California, Los Angeles" } });
    expect(ucla.countryCode).toBe("US");
    expect(await db.agreement.count({ where: { status: "ACTIVE" } })).toBeGreaterThan(20);
    expect(await db.opportunity.count({ where: { status: "PUBLISHED", closesAt: { gt: new Date() } } })).toBeGreaterThan(5);
    expect(await db.mobilityRecord.count()).toBeGreaterThan(100);
    expect(await db.agreement.count({ where: { predecessorId: { not: null } } })).toBe(1);
  });

  it("is idempotent: a second run changes no row count, and a non-empty database is left alone", { timeout: 120_000 }, async () => {
    const today = new Date("2026-11-22T08:00:00Z");
    await seedDemo(today);
    const first = await countRows();
    await seedDemo(today);
    expect(await countRows()).toEqual(first);
    expect(await seedDemoIfEmpty()).toBe("skipped");
    expect(await countRows()).toEqual(first);
  });
});
