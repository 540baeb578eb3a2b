import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A partner's recent visits for its public page (issue 11, item 7): only visits staff marked public,
 * that took place or are taking place, of a public partner, and only their public fields (title,
 * kind, dates, public summary and its translations). Participants are never read.
 */

const publicVisitSelect = {
  id: true,
  title: true,
  direction: true,
  kind: true,
  startDate: true,
  endDate: true,
  publicSummary: true,
  translations: true,
} satisfies Prisma.VisitSelect;

export type PublicVisit = Prisma.VisitGetPayload<{ select: typeof publicVisitSelect }>;

export async function listPublicVisitsForPartner(partnerId: string, options: { now?: Date; take?: number } = {}): Promise<PublicVisit[]> {
  return listPublicVisits({ id: partnerId }, options);
}

/** The same, for the public partner page, which knows its partner by slug (the public DTO has no id). */
export async function listPublicVisitsForPartnerSlug(slug: string, options: { now?: Date; take?: number } = {}): Promise<PublicVisit[]> {
  return listPublicVisits({ slug }, options);
}

async function listPublicVisits(partner: Prisma.PartnerWhereInput, { now = new Date(), take = 5 }: { now?: Date; take?: number }): Promise<PublicVisit[]> {
  return db.visit.findMany({
    where: {
      partner: { ...partner, isPublic: true, archivedAt: null },
      isPublic: true,
      status: { in: ["IN_PROGRESS", "COMPLETED"] },
      startDate: { lte: now },
    },
    select: publicVisitSelect,
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
    take,
  });
}
