import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { GrantCallStatus, ProjectStatus } from "@/lib/generated/prisma/enums";
import { searchProposalPartners } from "@/lib/grant-calls/partner-search";
import { grantPipeline } from "@/lib/grant-calls/pipeline";
import { partnerSearchFilterSchema } from "@/lib/grant-calls/schemas";
import { createTestPartner } from "@/tests/helpers/agreement-factories";
import { createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";

/**
 * The pipeline from calls to funding (issue 12, item 9), checked against a fixture counted by hand,
 * and the partner search for a proposal (item 10). This file's database holds only these records.
 */

let officer: TestUser;
let coordinator: TestUser;
let student: TestUser;
let unitId: string;

async function call(funder: string, deadline: string, status: GrantCallStatus = "CLOSED"): Promise<string> {
  const row = await db.grantCall.create({ data: { funder, title: `${funder} call ${deadline}`, deadline: new Date(deadline), status }, select: { id: true } });
  return row.id;
}

async function project(grantCallId: string | null, status: ProjectStatus, options: { unitId?: string | null; isPublic?: boolean; title?: string; startDate?: string } = {}) {
  const key = randomBytes(4).toString("hex");
  return db.project.create({
    data: {
      slug: `project-${key}`,
      title: options.title ?? `Project ${key}`,
      fundingProgram: "Erasmus+",
      coordinatorInstitution: "Test University",
      ourRole: "PARTNER",
      status,
      grantCallId,
      unitId: options.unitId ?? null,
      isPublic: options.isPublic ?? false,
      startDate: new Date(options.startDate ?? "2025-09-01"),
      endDate: new Date("2027-08-31"),
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  await ensureInstitution();
  unitId = (await createUnit()).id;
  officer = await createUser({ role: "OFFICER" });
  coordinator = await createUser({ role: "COORDINATOR", unitId });
  student = await createUser({ role: "STUDENT" });
});

describe("the grant pipeline", () => {
  beforeAll(async () => {
    // Funder A, 2025: three calls; the first answered twice (funded, rejected), the second twice
    // (running, which was funded; submitted), the third not answered.
    const a1 = await call("Funder A", "2025-03-15T12:00:00Z");
    const a2 = await call("Funder A", "2025-06-15T12:00:00Z");
    await call("Funder A", "2025-09-15T12:00:00Z");
    await project(a1, "FUNDED", { unitId });
    await project(a1, "REJECTED");
    await project(a2, "RUNNING");
    await project(a2, "SUBMITTED", { unitId });
    // Funder B, 2025: one call with a proposal being written and an idea.
    const b1 = await call("Funder B", "2025-05-01T12:00:00Z", "PUBLISHED");
    await project(b1, "IN_PREPARATION", { unitId });
    await project(b1, "IDEA");
    // Funder A, 2026: 21:00 UTC on 31 December 2025 is already 1 January 2026 in Baku; rejected.
    const a3 = await call("Funder A", "2025-12-31T21:00:00Z");
    await project(a3, "REJECTED", { unitId });
    // Neither a draft call nor a project without a call counts.
    const draft = await call("Funder C", "2025-04-01T12:00:00Z", "DRAFT");
    await project(draft, "FUNDED");
    await project(null, "FUNDED");
  });

  it("counts calls, answers and outcomes by funder and year, with the success rate of decided projects", async () => {
    const rows = await grantPipeline(officer);
    const row = (year: number | null, funder: string | null) => rows.find((entry) => entry.year === year && entry.funder === funder);
    expect(row(2025, "Funder A")).toEqual({ funder: "Funder A", year: 2025, calls: 3, answeredCalls: 2, inPreparation: 0, submitted: 1, funded: 2, rejected: 1, successRate: 66.7 });
    expect(row(2025, "Funder B")).toEqual({ funder: "Funder B", year: 2025, calls: 1, answeredCalls: 1, inPreparation: 2, submitted: 0, funded: 0, rejected: 0, successRate: null });
    expect(row(2026, "Funder A")).toEqual({ funder: "Funder A", year: 2026, calls: 1, answeredCalls: 1, inPreparation: 0, submitted: 0, funded: 0, rejected: 1, successRate: 0 });
    expect(row(2025, null)).toEqual({ funder: null, year: 2025, calls: 4, answeredCalls: 3, inPreparation: 2, submitted: 1, funded: 2, rejected: 1, successRate: 66.7 });
    expect(row(null, null)).toEqual({ funder: null, year: null, calls: 5, answeredCalls: 4, inPreparation: 2, submitted: 1, funded: 2, rejected: 2, successRate: 50 });
    expect(rows.some((entry) => entry.funder === "Funder C")).toBe(false);
    // The grand total first, then each year's total before its funders, the latest year first.
    expect(rows.map((entry) => [entry.year, entry.funder])).toEqual([
      [null, null],
      [2026, null],
      [2026, "Funder A"],
      [2025, null],
      [2025, "Funder A"],
      [2025, "Funder B"],
    ]);
  });

  it("counts only a coordinator's unit's projects, and refuses a student", async () => {
    const rows = await grantPipeline(coordinator);
    const total = rows.find((entry) => entry.year === null)!;
    // Calls are the office's; projects only the unit's: funded, submitted, in preparation, rejected.
    expect(total).toEqual({ funder: null, year: null, calls: 5, answeredCalls: 4, inPreparation: 1, submitted: 1, funded: 1, rejected: 1, successRate: 50 });
    await expect(grantPipeline(student)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("partner search for a proposal", () => {
  let shared: { id: string };
  let nearby: { id: string };
  let internalProjectTitle: string;

  beforeAll(async () => {
    // Norway (Europe) with joint research, which we shared two projects with: one public, one
    // internal to another unit.
    shared = await createTestPartner({ name: "Western Norway University", countryCode: "NO", areas: ["joint-research", "staff-exchange"] });
    nearby = await createTestPartner({ name: "Tbilisi State University", countryCode: "GE", areas: ["student-exchange"] });
    await createTestPartner({ name: "Archived University", countryCode: "NO", areas: ["joint-research"], archivedAt: new Date() });
    await createTestPartner({ name: "Bergen Institute", countryCode: "NO", areas: ["student-exchange"] });
    const otherUnit = (await createUnit()).id;
    internalProjectTitle = "Internal energy project";
    const publicProject = await project(null, "CLOSED", { isPublic: true, title: "Public migration project", startDate: "2020-01-01" });
    const internalProject = await project(null, "RUNNING", { unitId: otherUnit, title: internalProjectTitle, startDate: "2024-01-01" });
    for (const { id } of [publicProject, internalProject]) {
      await db.projectPartner.create({ data: { projectId: id, partnerId: shared.id, name: "Western Norway University", countryCode: "NO" } });
    }
  });

  const search = (user: TestUser, query: Record<string, string>) => searchProposalPartners(user, partnerSearchFilterSchema.parse(query));

  it("finds partners by country, region and area, past project partners first, never archived ones", async () => {
    const norway = await search(officer, { country: "NO" });
    expect(norway.rows.map((row) => row.name)).toEqual(["Western Norway University", "Bergen Institute"]);
    expect(norway.rows[0]).toMatchObject({ id: shared.id, region: "EUROPE", sharedProjects: 2, projectTitles: [internalProjectTitle, "Public migration project"] });
    expect((await search(officer, { region: "CENTRAL_ASIA_CAUCASUS" })).rows.map((row) => row.id)).toEqual([nearby.id]);
    expect((await search(officer, { area: "joint-research" })).rows.map((row) => row.id)).toEqual([shared.id]);
    expect((await search(officer, { shared: "1" })).rows.map((row) => row.id)).toEqual([shared.id]);
    expect((await search(officer, { q: "tbilisi" })).rows.map((row) => row.id)).toEqual([nearby.id]);
    expect((await search(officer, { q: "100%" })).rows).toEqual([]);
  });

  it("counts for a coordinator only the projects they may see", async () => {
    const rows = (await search(coordinator, { country: "NO" })).rows;
    expect(rows[0]).toMatchObject({ id: shared.id, sharedProjects: 1, projectTitles: ["Public migration project"] });
    await expect(search(student, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
