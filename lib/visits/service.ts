import "server-only";
import { requireSomeScope } from "@/lib/agreements/access";
import { fromIsoDay } from "@/lib/agreements/dates";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { SessionUser } from "@/lib/auth/current-user";
import type { TransactionClient } from "@/lib/db/client";
import { updateAtVersion } from "@/lib/db/writes";
import { AppError, fieldError } from "@/lib/errors/app-error";
import { can, scopeWhere } from "@/lib/permissions";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { keepOtherLanguages } from "@/lib/translations/schema";
import { checkVisitTransition, isOver } from "./lifecycle";
import { checkVisitLinks } from "./links";
import { ERASED_FIELDS, ERASED_VALUES, mayHandlePersonalData } from "./personal-data";
import type { ErasePersonalDataInput, TransitionVisitInput, UpdateVisitInput, VisitFields } from "./schemas";
import { officeClock } from "./zone";

/** Writes of a visit record: create, edit, lifecycle moves and the erasure of its guests' personal data. */

const snapshotSelect = {
  title: true,
  direction: true,
  kind: true,
  purpose: true,
  partnerId: true,
  organizationName: true,
  agreementId: true,
  projectId: true,
  hostUnitId: true,
  responsibleId: true,
  startDate: true,
  endDate: true,
  status: true,
  outcome: true,
  costsCoveredBy: true,
  notes: true,
  isPublic: true,
  publicSummary: true,
  translations: true,
  personalDataErasedAt: true,
  version: true,
} as const;

/** The columns a form's fields are stored in: days at UTC midnight, other languages in `translations` (decision 010). */
async function visitData(input: VisitFields) {
  return {
    ...input,
    startDate: fromIsoDay(input.startDate),
    endDate: fromIsoDay(input.endDate),
    translations: keepOtherLanguages(input.translations, await getDefaultContentLanguage()),
  };
}

/** A coordinator's visit is hosted or sent by their own unit; the office may choose any unit, or none. */
function requireHostUnitAllowed(user: SessionUser, permission: "visit:create" | "visit:update", hostUnitId: string | null): void {
  if (!can(user, permission, { unitId: hostUnitId ?? undefined })) throw fieldError("hostUnitId", "visits.validation.hostUnitOwn");
}

/** The visit in the user's reach for a change, or NOT_FOUND (out of scope reads as unknown). */
async function loadForChange(tx: TransactionClient, user: SessionUser, id: string) {
  const visit = await tx.visit.findFirst({ where: { AND: [scopeWhere(user, "visit:update"), { id }] }, select: snapshotSelect });
  if (!visit) throw new AppError("NOT_FOUND");
  return visit;
}

function requireVersion(current: { version: number }, version: number): void {
  if (current.version !== version) throw new AppError("CONFLICT", { messageKey: "common.form.errors.stale", values: { version } });
}

export async function createVisit(user: SessionUser | null, input: VisitFields): Promise<{ id: string }> {
  requireSomeScope(user, "visit:create");
  requireHostUnitAllowed(user!, "visit:create", input.hostUnitId);
  const data = await visitData(input);
  return auditedWrite(user, async (tx, audit) => {
    await checkVisitLinks(tx, user!, input);
    const created = await tx.visit.create({ data, select: { id: true } });
    const after = await tx.visit.findUniqueOrThrow({ where: { id: created.id }, select: snapshotSelect });
    await audit({ action: "visit.create", entityType: "Visit", entityId: created.id, after });
    return created;
  });
}

/** Saves only over the version the editor started from; a newer save by someone else is a CONFLICT. */
export async function updateVisit(user: SessionUser | null, input: UpdateVisitInput): Promise<{ id: string; version: number }> {
  requireSomeScope(user, "visit:update");
  requireHostUnitAllowed(user!, "visit:update", input.hostUnitId);
  const { id, version, ...fields } = input;
  const data = await visitData(fields);
  return auditedWrite(user, async (tx, audit) => {
    const before = await loadForChange(tx, user!, id);
    await checkVisitLinks(tx, user!, fields, before);
    await updateAtVersion(tx.visit, { id, version }, data);
    const after = await tx.visit.findUniqueOrThrow({ where: { id }, select: snapshotSelect });
    await audit({ action: "visit.update", entityType: "Visit", entityId: id, before, after });
    return { id, version: after.version };
  });
}

/**
 * Moves a visit along its lifecycle (lifecycle.ts), refusing a move the table does not allow with a
 * message that names both statuses. Conditional on the version the person saw, like an edit.
 */
export async function transitionVisit(user: SessionUser | null, input: TransitionVisitInput, now: Date = new Date()): Promise<{ id: string; version: number }> {
  requireSomeScope(user, "visit:update");
  const { today } = await officeClock(now);
  return auditedWrite(user, async (tx, audit) => {
    const current = await loadForChange(tx, user!, input.id);
    requireVersion(current, input.version);
    const check = checkVisitTransition({ status: current.status, startDate: current.startDate.toISOString().slice(0, 10) }, input.to, today);
    if (!check.ok) {
      throw new AppError("VALIDATION", { messageKey: `visits.lifecycle.blocked.${check.block}`, values: { from: current.status, to: input.to } });
    }
    await updateAtVersion(tx.visit, { id: input.id, version: input.version }, { status: input.to });
    await audit({ action: "visit.transition", entityType: "Visit", entityId: input.id, before: { status: current.status }, after: { status: input.to } });
    return { id: input.id, version: input.version + 1 };
  });
}

/**
 * Clears the guests' personal data of a visit that is over (completed, or cancelled: then it never
 * served its purpose) and records when. Only the office may, as only the office sees it. The audit
 * row says which fields were cleared for how many people, never their values.
 */
export async function erasePersonalData(user: SessionUser | null, input: ErasePersonalDataInput, now: Date = new Date()): Promise<{ id: string; version: number; participants: number }> {
  requireSomeScope(user, "visit:update");
  if (!mayHandlePersonalData(user)) throw new AppError("FORBIDDEN");
  return auditedWrite(user, async (tx, audit) => {
    const current = await loadForChange(tx, user!, input.id);
    requireVersion(current, input.version);
    if (!isOver(current.status)) throw new AppError("VALIDATION", { messageKey: "visits.erase.notOver" });
    const { count } = await tx.visitParticipant.updateMany({ where: { visitId: input.id }, data: ERASED_VALUES });
    await updateAtVersion(tx.visit, { id: input.id, version: input.version }, { personalDataErasedAt: now });
    await audit({
      action: "visit.erase-personal-data",
      entityType: "Visit",
      entityId: input.id,
      before: { personalDataErasedAt: current.personalDataErasedAt },
      after: { personalDataErasedAt: now, participants: count, fields: ERASED_FIELDS },
    });
    return { id: input.id, version: input.version + 1, participants: count };
  });
}
