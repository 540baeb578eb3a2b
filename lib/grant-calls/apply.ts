import "server-only";
import { addMonths } from "@/lib/agreements/dates";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { dayIn } from "@/lib/dates/zoned";
import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/permissions";
import { createProjectSchema } from "@/lib/projects/schemas";
import { createProject } from "@/lib/projects/service";
import { readTranslations } from "@/lib/translations/content";
import { applyRefusal } from "./lifecycle";

/** How long the placeholder period of a new proposal runs; the project's own form sets the real one. */
const PLACEHOLDER_MONTHS = 24;

/** Officers start proposals for any unit, coordinators for their own (the projects' own rule). */
function requireProjectCreate(user: SessionUser | null): asserts user is SessionUser {
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!can(user, "project:create") && !can(user, "project:create", { unitId: user.unitId })) throw new AppError("FORBIDDEN");
}

/**
 * "We are applying": starts a project in preparation that answers the call, through the projects'
 * own `createProject` (one audited transaction), filed under the user's unit, with the call's title
 * in every language it has, its funding program, and a placeholder period (today to two years on)
 * that the project's form corrects. The project is internal until someone makes it public.
 * Pressing it again while the unit's proposal is still being prepared returns that one instead of
 * starting a second. Only a published call before its deadline can be answered.
 */
export async function startProjectFromCall(user: SessionUser | null, callId: string): Promise<{ id: string; slug: string; created: boolean }> {
  requireProjectCreate(user);
  const call = await db.grantCall.findUnique({
    where: { id: callId },
    select: { id: true, title: true, translations: true, funder: true, program: true, status: true, deadline: true },
  });
  if (!call) throw new AppError("NOT_FOUND");
  const refusal = applyRefusal(call, new Date());
  if (refusal) throw new AppError("CONFLICT", { messageKey: refusal });
  const existing = await db.project.findFirst({
    where: { grantCallId: callId, unitId: user.unitId, status: { in: ["IDEA", "IN_PREPARATION"] } },
    select: { id: true, slug: true },
  });
  if (existing) return { ...existing, created: false };

  const today = dayIn(new Date(), await getInstitutionTimeZone());
  const input = createProjectSchema.parse({
    title: call.title,
    translations: readTranslations(call.translations, ["title"]),
    fundingProgram: call.program ?? call.funder,
    ourRole: "COORDINATOR",
    unitId: user.unitId ?? "",
    startDate: today,
    endDate: addMonths(today, PLACEHOLDER_MONTHS),
    status: "IN_PREPARATION",
    grantCallId: callId,
    isPublic: false,
  });
  const project = await createProject(user, input);
  return { ...project, created: true };
}
