import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { byWorkPackageNumber } from "./plan-schemas";

/**
 * Public fields only. A visitor sees the projects the office marked public (a new project starts
 * internal, so a proposal is shown only if someone chose to), without their team, unit, status
 * dates, deliverables, expenses or documents, and the budget only when the office marked the budget
 * public too. Texts come in every language (`translations`); the page picks the reader's with
 * `./localize.ts`.
 */

const visibleToVisitors = { isPublic: true } satisfies Prisma.ProjectWhereInput;

const publicProjectListSelect = {
  slug: true,
  title: true,
  acronym: true,
  fundingProgram: true,
  ourRole: true,
  status: true,
  startDate: true,
  endDate: true,
  summary: true,
  translations: true,
} as const;

export async function listPublicProjects() {
  return db.project.findMany({
    where: visibleToVisitors,
    select: publicProjectListSelect,
    orderBy: [{ startDate: "desc" }, { title: "asc" }],
  });
}

export async function getPublicProject(slug: string) {
  const row = await db.project.findFirst({
    where: { slug, ...visibleToVisitors },
    select: {
      ...publicProjectListSelect,
      action: true,
      grantNumber: true,
      coordinatorInstitution: true,
      objectives: true,
      outcomes: true,
      budgetIsPublic: true,
      budget: true,
      currency: true,
      partners: {
        select: { id: true, name: true, countryCode: true, role: true, partner: { select: { slug: true, isPublic: true, archivedAt: true } } },
        orderBy: { name: "asc" },
      },
      workPackages: { select: { code: true, title: true, translations: true }, orderBy: { code: "asc" } },
      activities: {
        select: {
          id: true,
          title: true,
          startDate: true,
          endDate: true,
          place: true,
          participants: true,
          description: true,
          staffCount: true,
          studentCount: true,
          translations: true,
        },
        orderBy: { startDate: "asc" },
      },
    },
  });
  if (!row) return null;
  // The budget leaves the database only to be dropped here unless it is public: it never reaches the page.
  const { budgetIsPublic, budget, currency, ...project } = row;
  return {
    ...project,
    workPackages: project.workPackages.sort(byWorkPackageNumber),
    budget: budgetIsPublic && budget !== null ? { amount: budget.toFixed(2), currency: currency ?? null } : null,
  };
}
