import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireSomeScope } from "@/lib/agreements/access";
import { scopeWhere } from "@/lib/permissions";

/**
 * The visit as its printed agenda needs it: the programme and the guests' letter languages (to
 * print in theirs), no personal data. Anyone who may read the visit may print it (coordinators:
 * their unit's visits).
 */
const agendaVisitSelect = {
  id: true,
  title: true,
  translations: true,
  startDate: true,
  endDate: true,
  organizationName: true,
  partner: { select: { name: true, translations: true } },
  participants: { select: { letterLanguage: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] },
  agenda: {
    select: { startsAt: true, endsAt: true, title: true, location: true, host: true, participants: true, translations: true },
    orderBy: [{ startsAt: "asc" }, { title: "asc" }],
  },
} satisfies Prisma.VisitSelect;

export type AgendaVisit = Prisma.VisitGetPayload<{ select: typeof agendaVisitSelect }>;

export async function getAgendaVisit(user: SessionUser | null, visitId: string): Promise<AgendaVisit | null> {
  requireSomeScope(user, "visit:read");
  return db.visit.findFirst({ where: { AND: [scopeWhere(user, "visit:read"), { id: visitId }] }, select: agendaVisitSelect });
}
