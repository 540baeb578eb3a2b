import "server-only";
import { db } from "@/lib/db/client";

/**
 * Public fields only: team members and internal projects never reach a public page. Texts come in
 * every language (`translations`); the page picks the reader's with `./localize.ts`.
 */
const publicProjectListSelect = {
  slug: true,
  title: true,
  acronym: true,
  fundingProgram: true,
  ourRole: true,
  startDate: true,
  endDate: true,
  summary: true,
  translations: true,
} as const;

export async function listPublicProjects() {
  return db.project.findMany({
    where: { isPublic: true },
    select: publicProjectListSelect,
    orderBy: [{ startDate: "desc" }, { title: "asc" }],
  });
}

export async function getPublicProject(slug: string) {
  return db.project.findFirst({
    where: { slug, isPublic: true },
    select: {
      ...publicProjectListSelect,
      grantNumber: true,
      coordinatorInstitution: true,
      objectives: true,
      outcomes: true,
      partners: { select: { id: true, name: true, countryCode: true, partner: { select: { slug: true, isPublic: true, archivedAt: true } } }, orderBy: { name: "asc" } },
      workPackages: { select: { code: true, title: true, translations: true }, orderBy: { code: "asc" } },
      activities: {
        select: { id: true, title: true, startDate: true, endDate: true, place: true, participants: true, description: true, translations: true },
        orderBy: { startDate: "asc" },
      },
    },
  });
}
