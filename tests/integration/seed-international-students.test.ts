import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getPublicInternationalStudentFigure } from "@/lib/international-students/public-figure";
import { INSTITUTION } from "@/prisma/seed-data/institution";
import { DEMO_COUNTRIES, DEMO_ENROLLED, seedInternationalStudents } from "@/prisma/seed/seed-international-students";

const TODAY = new Date("2026-12-05T08:00:00Z");

async function seed(unitIds: Map<string, string>) {
  await db.$transaction((tx) => seedInternationalStudents(tx, { unitIds, today: TODAY }));
}

describe("the demo's international students", () => {
  it("are 95 enrolled from 17 countries, as the office page says, with graduates and leavers of earlier years", async () => {
    const unitIds = new Map<string, string>();
    for (const unit of INSTITUTION.units) unitIds.set(unit.code, (await db.unit.create({ data: { code: unit.code, name: unit.name } })).id);
    await seed(unitIds);
    expect([DEMO_ENROLLED, DEMO_COUNTRIES]).toEqual([95, 17]);
    const figure = await getPublicInternationalStudentFigure();
    expect(figure.students).toBe(95);
    expect(figure.countryCodes).toHaveLength(17);
    expect(figure.countryCodes.slice(0, 3)).toEqual(["TR", "IN", "RU"]);
    const byStatus = await db.internationalStudent.groupBy({ by: ["status"], _count: { _all: true } });
    expect(Object.fromEntries(byStatus.map((row) => [row.status, row._count._all]))).toEqual({ ENROLLED: 95, GRADUATED: 15, WITHDRAWN: 3, SUSPENDED: 2 });
    // Every student has a unit, and still-enrolled students started within their program's length.
    expect(await db.internationalStudent.count({ where: { unitId: null } })).toBe(0);
    expect(await db.internationalStudent.count({ where: { status: "ENROLLED", intakeYear: { lt: 2021 } } })).toBe(0);
    expect(await db.internationalStudent.count({ where: { status: "GRADUATED", updatedAt: { gt: TODAY } } })).toBe(0);

    const before = await db.internationalStudent.findMany({ orderBy: { id: "asc" } });
    await seed(unitIds);
    const after = await db.internationalStudent.findMany({ orderBy: { id: "asc" } });
    expect(after.map(({ version: _v, ...row }) => row)).toEqual(before.map(({ version: _v, ...row }) => row));
  });
});
