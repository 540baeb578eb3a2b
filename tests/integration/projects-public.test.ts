import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { ProjectStatus } from "@/lib/generated/prisma/enums";
import { localizeProject } from "@/lib/projects/localize";
import { getPublicProject, listPublicProjects } from "@/lib/projects/queries";
import { createUnit, createUser, ensureInstitution } from "@/tests/helpers/factories";

/**
 * Issue 12, the public project pages: the staff record's public fields only, in the reader's
 * language; the budget only when marked public; never the pipeline, the team or the money spent.
 */

const SECRET = "INTERNAL-ONLY";

async function project(slug: string, data: { status?: ProjectStatus; isPublic?: boolean; budgetIsPublic?: boolean } = {}) {
  const unitId = (await createUnit()).id;
  const lead = await createUser({ role: "OFFICER", name: `Lead ${SECRET}` });
  return db.project.create({
    data: {
      slug,
      title: `Project ${slug}`,
      fundingProgram: "Erasmus+",
      action: "KA2 Capacity building in higher education",
      coordinatorInstitution: "Test University",
      ourRole: "COORDINATOR",
      status: "RUNNING",
      isPublic: true,
      unitId,
      startDate: new Date("2025-01-01"),
      endDate: new Date("2027-12-31"),
      budget: "850000.00",
      currency: "EUR",
      summary: "What it does.",
      translations: { az: { title: `Layihə ${slug}` } },
      team: { create: [{ userId: lead.id, name: lead.name, role: "lead" }] },
      partners: { create: [{ name: "University of Graz", countryCode: "AT", role: "partner", pic: "999111222" }, { name: "Ilia State University", countryCode: "GE", role: "partner" }] },
      deliverables: { create: [{ code: "D1", title: `Deliverable ${SECRET}`, dueDate: new Date("2026-01-01") }] },
      budgetLines: { create: [{ category: "STAFF", year: 2025, planned: "1000.00", description: SECRET }] },
      documents: { create: [{ kind: "GRANT_AGREEMENT", title: `Agreement ${SECRET}` }] },
      ...data,
    },
  });
}

beforeAll(async () => {
  await ensureInstitution();
  await project("public-budget", { budgetIsPublic: true });
  await project("hidden-budget", { budgetIsPublic: false });
  await project("internal-project", { isPublic: false });
  await project("internal-proposal", { status: "SUBMITTED", isPublic: false });
  await project("completed", { status: "CLOSED" });
});

describe("public project pages", () => {
  it("list the projects marked public only: an internal project or proposal is not found", async () => {
    const slugs = (await listPublicProjects()).map((row) => row.slug).sort();
    expect(slugs).toEqual(["completed", "hidden-budget", "public-budget"]);
    for (const slug of ["internal-project", "internal-proposal"]) expect(await getPublicProject(slug)).toBeNull();
  });

  it("show the budget only when it is marked public", async () => {
    expect((await getPublicProject("public-budget"))!.budget).toEqual({ amount: "850000.00", currency: "EUR" });
    const hidden = (await getPublicProject("hidden-budget"))!;
    expect(hidden.budget).toBeNull();
    expect(hidden).not.toHaveProperty("currency");
    expect(hidden).not.toHaveProperty("budgetIsPublic");
  });

  it("carry no internal field: no team, unit, PIC, deliverables, budget lines or documents", async () => {
    const row = (await getPublicProject("hidden-budget"))!;
    const page = localizeProject(row, { locale: "az", defaultLanguage: "en" });
    const text = JSON.stringify(page);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain("999111222");
    for (const field of ["team", "unitId", "unit", "deliverables", "budgetLines", "expenses", "documents", "version", "submittedOn", "decidedOn", "grantCallId", "translations"]) {
      expect(page, field).not.toHaveProperty(field);
    }
    expect(Object.keys(page.partners[0]!).sort()).toEqual(["countryCode", "id", "name", "partner", "role"]);
    expect(page.title).toEqual({ text: "Layihə hidden-budget", lang: "az" });
    expect(page.summary).toEqual({ text: "What it does.", lang: "en" });
    expect(page.partners.map((member) => member.countryCode).sort()).toEqual(["AT", "GE"]);
  });
});
