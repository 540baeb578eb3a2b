import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus, Audience, StudyLevel } from "@/lib/generated/prisma/enums";
import { canSome } from "@/lib/permissions";
import { nextStepOf, type NextStep } from "./next-step";

/**
 * A student's dashboard: their applications, each with what happens next and by when, and the calls
 * open to them now that they have not applied to. Three small queries: their level, then the other two.
 *
 * "Open to them" means calls of their own unit or of the whole institution, for their level of study
 * when they have said it on their account page (a call's `audience` names the levels it takes), else
 * for any student level (never staff only); the page then asks them to say their level.
 */

/** The audience a call names for students of each level: a short cycle leads to a bachelor's degree. */
const AUDIENCE_OF_LEVEL: Record<StudyLevel, Audience> = {
  SHORT_CYCLE: "BACHELOR",
  BACHELOR: "BACHELOR",
  MASTER: "MASTER",
  DOCTORAL: "DOCTORAL",
};

const STUDENT_AUDIENCES: Audience[] = ["BACHELOR", "MASTER", "DOCTORAL"];

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

export interface StudentDashboardData {
  applications: StudentApplication[];
  openCalls: StudentOpportunity[];
  /** The level the calls were chosen for; null when the student has not said it (every student call). */
  studyLevel: StudyLevel | null;
}

export async function loadStudentDashboard(user: SessionUser, now: Date = new Date()): Promise<StudentDashboardData | null> {
  if (!canSome(user, "application:create")) return null;
  const { studyLevel } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { studyLevel: true } });
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
        audience: studyLevel ? { has: AUDIENCE_OF_LEVEL[studyLevel] } : { hasSome: STUDENT_AUDIENCES },
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
    studyLevel,
  };
}
