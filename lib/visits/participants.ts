import "server-only";
import { requireSomeScope } from "@/lib/agreements/access";
import { fromIsoDay } from "@/lib/agreements/dates";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { SessionUser } from "@/lib/auth/current-user";
import type { TransactionClient } from "@/lib/db/client";
import { instantIn } from "@/lib/dates/zoned";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { scopeWhere } from "@/lib/permissions";
import { changedPersonalFields, mayHandlePersonalData, maskPersonalData, PERSONAL_FIELDS } from "./personal-data";
import type { ParticipantFields } from "./schemas";
import { passportWarnings, type VisitWarning } from "./warnings";
import { officeClock } from "./zone";

/**
 * Writes of a visit's participants. The office writes every field; a coordinator only the fields
 * that are not personal: their form has no personal fields, a request that carries some is refused,
 * and their edits leave the stored personal data as it was. Every change is audited with the
 * personal values masked (personal-data.ts).
 */

/** Every stored column of a participant, for the audit snapshots (masked before they are written). */
const snapshotSelect = {
  visitId: true,
  userId: true,
  name: true,
  position: true,
  organization: true,
  email: true,
  phone: true,
  nationalityCode: true,
  passportNumber: true,
  passportExpiresOn: true,
  birthDate: true,
  arrivalAt: true,
  arrivalTransport: true,
  departureAt: true,
  departureTransport: true,
  needs: true,
  accommodation: true,
  accommodationNights: true,
  accommodationBooked: true,
  accommodationCost: true,
  visaStatus: true,
  visaUpdatedOn: true,
  tickets: true,
  insurance: true,
  perDiem: true,
  budgetLine: true,
  letterLanguage: true,
  sortOrder: true,
} as const;

export interface ParticipantWriteResult {
  id: string;
  /** Things to look at that did not stop the save (a passport expiring before departure). */
  warnings: VisitWarning[];
}

/** The visit a participant belongs to, if the user may change it (else NOT_FOUND: out of scope reads as unknown). */
async function loadVisit(tx: TransactionClient, user: SessionUser, visitId: string) {
  const visit = await tx.visit.findFirst({
    where: { AND: [scopeWhere(user, "visit:update"), { id: visitId }] },
    select: { id: true, endDate: true, personalDataErasedAt: true },
  });
  if (!visit) throw new AppError("NOT_FOUND");
  return visit;
}

async function loadParticipant(tx: TransactionClient, user: SessionUser, id: string) {
  const participant = await tx.visitParticipant.findFirst({
    where: { id, visit: scopeWhere(user, "visit:update") },
    select: { id: true, ...snapshotSelect },
  });
  if (!participant) throw new AppError("NOT_FOUND");
  return participant;
}

/**
 * The columns to store: days at UTC midnight, times read in the institution's zone, and for someone
 * who may not handle personal data no personal column at all (their request must not carry one).
 */
function columnsOf(input: ParticipantFields, { timeZone, withPersonalData }: { timeZone: string; withPersonalData: boolean }) {
  const personal = {
    phone: input.phone,
    nationalityCode: input.nationalityCode,
    passportNumber: input.passportNumber,
    passportExpiresOn: input.passportExpiresOn ? fromIsoDay(input.passportExpiresOn) : null,
    birthDate: input.birthDate ? fromIsoDay(input.birthDate) : null,
  };
  const common = {
    userId: input.userId,
    name: input.name,
    position: input.position,
    organization: input.organization,
    email: input.email,
    arrivalAt: input.arrivalAt ? instantIn(input.arrivalAt, timeZone) : null,
    arrivalTransport: input.arrivalTransport,
    departureAt: input.departureAt ? instantIn(input.departureAt, timeZone) : null,
    departureTransport: input.departureTransport,
    needs: input.needs,
    accommodation: input.accommodation,
    accommodationNights: input.accommodationNights,
    accommodationBooked: input.accommodationBooked,
    accommodationCost: input.accommodationCost,
    visaStatus: input.visaStatus,
    visaUpdatedOn: input.visaUpdatedOn ? fromIsoDay(input.visaUpdatedOn) : null,
    tickets: input.tickets,
    insurance: input.insurance,
    perDiem: input.perDiem,
    budgetLine: input.budgetLine,
    letterLanguage: input.letterLanguage,
  };
  return withPersonalData ? { ...common, ...personal } : common;
}

/** Refusals that need the database or today's date, as field errors; none of them writes anything. */
async function checkParticipant(
  tx: TransactionClient,
  user: SessionUser,
  input: ParticipantFields,
  context: { today: string; withPersonalData: boolean; erased: boolean; unchangedUserId?: string | null },
): Promise<void> {
  const sentPersonal = PERSONAL_FIELDS.filter((field) => input[field] !== null);
  if (!context.withPersonalData && sentPersonal.length > 0) throw new AppError("FORBIDDEN", { messageKey: "visits.errors.personalDataForbidden" });
  if (context.erased && sentPersonal.length > 0) throw new AppError("VALIDATION", { messageKey: "visits.errors.personalDataErased" });
  const errors: FieldErrors = {};
  if (input.birthDate && input.birthDate >= context.today) errors.birthDate = ["visits.validation.birthDateFuture"];
  if (input.nationalityCode && !(await tx.country.findUnique({ where: { code: input.nationalityCode }, select: { code: true } }))) {
    errors.nationalityCode = ["common.form.errors.invalidOption"];
  }
  if (input.userId && input.userId !== context.unchangedUserId) {
    // The traveller is a staff account; a coordinator sends people of their own unit.
    const unitFilter = context.withPersonalData ? {} : { unitId: user.unitId };
    const traveller = await tx.user.findFirst({ where: { id: input.userId, role: { not: "STUDENT" }, disabledAt: null, ...unitFilter }, select: { id: true } });
    if (!traveller) errors.userId = ["common.form.errors.invalidOption"];
  }
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", { fieldErrors: errors });
}

/** A visa status that changed without a date is dated today. */
function datedVisa<T extends { visaStatus: string; visaUpdatedOn: Date | null }>(columns: T, previousStatus: string | null, today: string): T {
  if (columns.visaUpdatedOn || columns.visaStatus === previousStatus || (previousStatus === null && columns.visaStatus === "NOT_REQUIRED")) return columns;
  return { ...columns, visaUpdatedOn: fromIsoDay(today) };
}

/** The passport warning for one participant, for the office only (no one else sees the passport). */
function warningsFor(row: { id: string; passportExpiresOn: Date | null; departureAt: Date | null }, visitEndDate: Date, dayOf: (instant: Date) => string, withPersonalData: boolean): VisitWarning[] {
  if (!withPersonalData) return [];
  const passportExpiresOn = row.passportExpiresOn ? row.passportExpiresOn.toISOString().slice(0, 10) : null;
  return passportWarnings([{ id: row.id, passportExpiresOn, departureAt: row.departureAt }], visitEndDate.toISOString().slice(0, 10), dayOf);
}

export async function addParticipant(user: SessionUser | null, input: ParticipantFields & { visitId: string }): Promise<ParticipantWriteResult> {
  requireSomeScope(user, "visit:update");
  const withPersonalData = mayHandlePersonalData(user);
  const { timeZone, today, dayOf } = await officeClock();
  return auditedWrite(user, async (tx, audit) => {
    const visit = await loadVisit(tx, user!, input.visitId);
    await checkParticipant(tx, user!, input, { today, withPersonalData, erased: visit.personalDataErasedAt !== null });
    const last = await tx.visitParticipant.aggregate({ where: { visitId: visit.id }, _max: { sortOrder: true } });
    const columns = datedVisa(columnsOf(input, { timeZone, withPersonalData }), null, today);
    const created = await tx.visitParticipant.create({
      data: { ...columns, visitId: visit.id, sortOrder: (last._max.sortOrder ?? -1) + 1 },
      select: { id: true, ...snapshotSelect },
    });
    const { id, ...after } = created;
    await audit({ action: "visit.participant.add", entityType: "VisitParticipant", entityId: id, after: maskPersonalData(after) });
    return { id, warnings: warningsFor(created, visit.endDate, dayOf, withPersonalData) };
  });
}

export async function updateParticipant(user: SessionUser | null, input: ParticipantFields & { id: string }): Promise<ParticipantWriteResult> {
  requireSomeScope(user, "visit:update");
  const withPersonalData = mayHandlePersonalData(user);
  const { timeZone, today, dayOf } = await officeClock();
  return auditedWrite(user, async (tx, audit) => {
    const { id, ...before } = await loadParticipant(tx, user!, input.id);
    const visit = await loadVisit(tx, user!, before.visitId);
    await checkParticipant(tx, user!, input, {
      today,
      withPersonalData,
      erased: visit.personalDataErasedAt !== null,
      unchangedUserId: before.userId,
    });
    const columns = datedVisa(columnsOf(input, { timeZone, withPersonalData }), before.visaStatus, today);
    const updated = await tx.visitParticipant.update({ where: { id }, data: columns, select: { id: true, ...snapshotSelect } });
    const { id: _id, ...after } = updated;
    await audit({
      action: "visit.participant.update",
      entityType: "VisitParticipant",
      entityId: id,
      before: maskPersonalData(before),
      // Which personal fields changed, since their masked values look alike before and after.
      after: { ...maskPersonalData(after), personalDataChanged: changedPersonalFields(before, after) },
    });
    return { id, warnings: warningsFor(updated, visit.endDate, dayOf, withPersonalData) };
  });
}

export async function removeParticipant(user: SessionUser | null, input: { id: string }): Promise<{ id: string }> {
  requireSomeScope(user, "visit:update");
  return auditedWrite(user, async (tx, audit) => {
    const { id, ...before } = await loadParticipant(tx, user!, input.id);
    await tx.visitParticipant.delete({ where: { id } });
    await audit({ action: "visit.participant.remove", entityType: "VisitParticipant", entityId: id, before: maskPersonalData(before) });
    return { id };
  });
}
