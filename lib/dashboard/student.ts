import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { canSome } from "@/lib/permissions";
import { nextStepOf, type NextStep } from "./next-step";

/**
 * A student's dashboard: their applications, each with what happens next and by when, and the calls
 * open to them now that they have not applied to. Two queries.
 *
 * "Open to them" means calls for students (not staff only) of their own unit or of the whole
 * institution. A student's study level is not recorded on their account, so the level is not
 * matched here; the catalogue's filters and each call's page say which levels it takes.
 */

const opportunitySelect = {
  id: true,
  title: true,
  translations: true,
  closesAt: true,
  partner: { select: { name: true, countryCode: true } },
} satisfies Prisma.OpportunitySelect;

export type StudentOpportunity = Prisma.OpportunityGetPayload<{ select: typeof opportunitySelect }>;

export interface StudentApplication {
  id: string;
  status: ApplicationStatus;
  next: NextStep;
  /** The day the next step must be done by (a draft's submission), or null when the student only waits. */
  deadline: Date | null;
  opportunity: StudentOpportunity;
}

export const OPEN_CALLS_SHOWN = 6;

export async function loadStudentDashboard(user: SessionUser, now: Date = new Date()): Promise<{ applications: StudentApplication[]; openCalls: StudentOpportunity[] } | null> {
  if (!canSome(user, "application:create")) return null;
  const [applications, openCalls] = await Promise.all([
    db.application.findMany({
      where: { studentId: user.id },
      select: { id: true, status: true, opportunity: { select: { ...opportunitySelect, status: true, opensAt: true } } },
      orderBy: { updatedAt: "desc" },
    }),
    db.opportunity.findMany({
      where: {
        status: "PUBLISHED",
        opensAt: { lte: now },
        closesAt: { gt: now },
        audience: { hasSome: ["BACHELOR", "MASTER", "DOCTORAL"] },
        OR: [{ unitId: null }, ...(user.unitId ? [{ unitId: user.unitId }] : [])],
        applications: { none: { studentId: user.id } },
      },
      select: opportunitySelect,
      orderBy: [{ closesAt: "asc" }, { title: "asc" }],
      take: OPEN_CALLS_SHOWN,
    }),
  ]);
  return {
    applications: applications.map(({ opportunity: { status: callStatus, opensAt, ...opportunity }, ...application }) => {
      const windowOpen = callStatus === "PUBLISHED" && opensAt <= now && now < opportunity.closesAt;
      const next = nextStepOf(application.status, windowOpen);
      return { ...application, next, deadline: next === "submit" ? opportunity.closesAt : null, opportunity };
    }),
    openCalls,
  };
}
